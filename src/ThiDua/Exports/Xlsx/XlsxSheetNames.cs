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
                candidate = clean[..Math.Min(clean.Length, MaxLength - suffix.Length)] + suffix;
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
        return clean.Length > MaxLength ? clean[..MaxLength] : clean;
    }
}
