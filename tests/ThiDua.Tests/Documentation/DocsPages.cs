using System.Text.RegularExpressions;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Documentation;

/// <summary>README.md and every docs/*.md page, as a newcomer with only the clone reads them.</summary>
public static partial class DocsPages
{
    public static IReadOnlyList<string> All { get; } =
        [Path.Combine(SeedFiles.RepositoryRoot, "README.md"),
         .. Directory.EnumerateFiles(Path.Combine(SeedFiles.RepositoryRoot, "docs"), "*.md").Order(StringComparer.Ordinal)];

    public static string Name(string page) => Path.GetRelativePath(SeedFiles.RepositoryRoot, page).Replace('\\', '/');

    /// <summary>Each line of a page with its number (1-based).</summary>
    public static IEnumerable<(string Page, int Line, string Text)> Lines() =>
        All.SelectMany(p => File.ReadLines(p).Select((text, i) => (p, i + 1, text)));

    /// <summary>The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces as hyphens.</summary>
    public static ISet<string> Anchors(string page)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(page))
        {
            var heading = Heading().Match(line);
            if (!heading.Success) continue;
            var slug = NotInSlug().Replace(heading.Groups[1].Value.Trim().ToLowerInvariant(), "").Replace(' ', '-');
            var candidate = slug;
            for (var n = 1; !anchors.Add(candidate); n++) candidate = $"{slug}-{n}";
        }
        return anchors;
    }

    [GeneratedRegex(@"^#{1,6}\s+(.*)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"[^\p{L}\p{Mn}\p{Nd}_\- ]")]
    private static partial Regex NotInSlug();
}
