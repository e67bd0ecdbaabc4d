namespace ThiDua.Search;

/// <summary>Text put inside a LIKE pattern as itself: "50%" or "A_B" typed are looked for, not taken as wildcards.</summary>
internal static class LikePattern
{
    // Backslash is LIKE's default escape character in PostgreSQL.
    public static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
