using System.Text;
using ThiDua.Import.Parsing;
using ThiDua.Import.Plausibility;

namespace ThiDua.Import.Importing;

/// <summary>
/// A new code that reads like one already there — "BK-VP" and "bk-vp", "U00600" and "UO06OO", "LS2021" and "LS2O21" —
/// is most often a typo that would create a second unit or campaign beside the real one. It is flagged as a warning
/// naming the code it resembles (refused unless the importer accepts warnings). Other scripts' look-alikes (a Cyrillic
/// "В") and invisible characters are refused outright by <see cref="Parsing.CodeAlphabet"/>; this is the skeleton check
/// of UTS #39 for what remains: letter case, 0/O, 1/l/I, rn/m, vv/w, and the separators -, _, . taken as one.
/// </summary>
internal sealed class LookAlikeCodes(IEnumerable<string> existing)
{
    private readonly Dictionary<string, string> _bySkeleton = Index(existing);

    public static string Skeleton(string code)
    {
        var sb = new StringBuilder(code.Length);
        foreach (var c in code.Normalize(NormalizationForm.FormC).ToLowerInvariant())
            sb.Append(c switch { '0' => 'o', '1' or 'i' => 'l', '_' or '.' => '-', _ => c });
        return sb.Replace("rn", "m").Replace("vv", "w").ToString();
    }

    /// <summary>The existing code <paramref name="code"/> would be mistaken for, or null. Call only for a code not stored yet.</summary>
    public string? Resembled(string code) => _bySkeleton.TryGetValue(Skeleton(code), out var other) && other != code ? other : null;

    /// <summary>
    /// For a new code: warns when it reads like one stored or earlier in the file, then remembers it, so two look-alike
    /// new codes in one file are flagged too.
    /// </summary>
    public void Check(ImportContext context, int line, string code, string streamId, string whatVi, string whatEn)
    {
        if (Resembled(code) is { } other) context.Warnings.Add((streamId, Warning(line, code, other, whatVi, whatEn, context.Request.CultureChoice)));
        _bySkeleton.TryAdd(Skeleton(code), code);
    }

    public static ImportWarning Warning(int line, string code, string resembled, string whatVi, string whatEn, CultureChoice reader)
    {
        var accept = ImportHints.AcceptWarnings(reader);
        return new(line, "code", code, "look_alike", 0,
            $"Mã {whatVi} mới '{code}' trông giống mã đã có '{resembled}' (khác chữ hoa/thường, 0/O, 1/l/I hoặc dấu - _ .): kiểm tra lại, có thể là lỗi gõ tạo ra {whatVi} thứ hai. Nếu đúng là {whatVi} mới, {accept.Vi}.",
            $"The new {whatEn} code '{code}' looks like the existing code '{resembled}' (case, 0/O, 1/l/I or - _ . differ): check it — a typo would create a second {whatEn}. If it really is a new {whatEn}, {accept.En}.");
    }

    private static Dictionary<string, string> Index(IEnumerable<string> codes)
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var code in codes) index.TryAdd(Skeleton(code), code);
        return index;
    }
}
