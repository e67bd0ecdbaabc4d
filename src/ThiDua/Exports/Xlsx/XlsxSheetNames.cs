namespace ThiDua.Exports.Xlsx;

/// <summary>Sheet names Excel accepts: at most 31 characters, none of <c>[]:*?/\</c>, unique ignoring case.</summary>
internal static class XlsxSheetNames
{
    public const int MaxLength = 31;

    public static IReadOnlyList<string> Unique(IEnumerable<string> wanted)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var names = new List<string>();
        foreach (var name in wanted)
        {
            var clean = Clean(name);
            var candidate = clean;
            for (var n = 2; !taken.Add(candidate); n++)
            {
                var suffix = " (" + n + ")";
                candidate = Cut(clean, MaxLength - suffix.Length) + suffix;
            }
            names.Add(candidate);
        }
        return names;
    }

    private static string Clean(string name)
    {
        var chars = name.Trim().Select(c => c is '[' or ']' or ':' or '*' or '?' or '/' or '\\' ? '-' : c).ToArray();
        var clean = new string(chars).Trim('\'');
        if (clean.Length == 0) clean = "Sheet";
        return Cut(clean, MaxLength);
    }

    // Never between the two halves of a character outside the BMP (an emoji): half of one cannot be written as XML, and a
    // workbook's sheet named 30 letters and an emoji made its marked copy a 500.
    private static string Cut(string name, int length) =>
        name.Length <= length ? name : name[..(char.IsHighSurrogate(name[length - 1]) ? length - 1 : length)];
}
