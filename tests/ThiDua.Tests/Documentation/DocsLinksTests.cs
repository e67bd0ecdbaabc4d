using System.Text.RegularExpressions;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Documentation;

/// <summary>
/// What the docs point a reader to is there: every relative link and its #anchor, every repository path written in
/// backticks, every test class named; and nothing points outside the clone (the spec is not in it).
/// </summary>
public partial class DocsLinksTests
{
    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex Code();

    [GeneratedRegex(@"(?<![\w/.-])(?:src|tests|docs|scripts|seed-data|dashboards|\.ci)/[\w./-]*[\w]")]
    private static partial Regex RepositoryPath();

    [GeneratedRegex(@"\b([A-Z][A-Za-z0-9]*Tests)\b")]
    private static partial Regex TestClass();

    [GeneratedRegex(@"\b(?:class|record)\s+([A-Z][A-Za-z0-9]*Tests)\b")]
    private static partial Regex TestClassDeclaration();

    [Fact]
    public void Every_relative_link_between_the_docs_leads_to_a_file_and_a_heading_that_exist()
    {
        var broken = new List<string>();
        foreach (var (page, line, text) in DocsPages.Lines())
            foreach (Match m in Link().Matches(text))
            {
                var link = m.Groups[1].Value;
                if (link.Contains("://", StringComparison.Ordinal) || link.StartsWith("mailto:", StringComparison.Ordinal)) continue;
                var (file, anchor) = link.IndexOf('#') is var i and >= 0 ? (link[..i], link[(i + 1)..]) : (link, "");
                var target = file.Length == 0 ? page : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, Uri.UnescapeDataString(file)));
                if (!File.Exists(target) && !Directory.Exists(target)) broken.Add($"{DocsPages.Name(page)}:{line}: {link} (no such file)");
                else if (anchor.Length > 0 && target.EndsWith(".md", StringComparison.Ordinal)
                         && !DocsPages.Anchors(target).Contains(Uri.UnescapeDataString(anchor)))
                    broken.Add($"{DocsPages.Name(page)}:{line}: {link} (no such heading)");
            }
        broken.Should().BeEmpty("a newcomer follows these links from the clone alone");
    }

    [Fact]
    public void Every_repository_path_the_docs_write_exists_in_the_clone()
    {
        var root = SeedFiles.RepositoryRoot;
        var missing = DocsPages.Lines()
            .SelectMany(l => Code().Matches(l.Text).SelectMany(c => RepositoryPath().Matches(c.Groups[1].Value))
                .Select(p => (l.Page, l.Line, Path: p.Value.TrimEnd('.', '/'))))
            .Where(x => !x.Path.Contains("/bin/", StringComparison.Ordinal) && !x.Path.Contains("/obj/", StringComparison.Ordinal))
            .Where(x => !File.Exists(Path.Combine(root, x.Path)) && !Directory.Exists(Path.Combine(root, x.Path))
                        && !File.Exists(Path.Combine(root, x.Path + ".cs"))) // a test named by its path, as pages.md does
            .Select(x => $"{DocsPages.Name(x.Page)}:{x.Line}: {x.Path}")
            .ToList();
        missing.Should().BeEmpty("a file or folder named in the docs is one the reader can open");
    }

    [Fact]
    public void Every_test_class_the_docs_name_is_a_test_class_of_the_repository()
    {
        var declared = Directory.EnumerateFiles(Path.Combine(SeedFiles.RepositoryRoot, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => TestClassDeclaration().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
        var unknown = DocsPages.Lines()
            .SelectMany(l => TestClass().Matches(l.Text).Select(m => (l.Page, l.Line, Name: m.Groups[1].Value)))
            .Where(x => !declared.Contains(x.Name))
            .Select(x => $"{DocsPages.Name(x.Page)}:{x.Line}: {x.Name}")
            .ToList();
        unknown.Should().BeEmpty("a test the docs cite as proof is one the reader can find and run");
    }

    [Fact]
    public void No_page_sends_the_reader_to_files_outside_the_clone()
    {
        var outside = DocsPages.Lines()
            .Where(l => l.Text.Contains("../shared", StringComparison.Ordinal) || l.Text.Contains("SPEC.md", StringComparison.Ordinal)
                        || l.Text.Contains("/work/", StringComparison.Ordinal))
            .Select(l => $"{DocsPages.Name(l.Page)}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        outside.Should().BeEmpty("the spec and the team's shared folder are not in the repository (contract.md restates the spec)");
    }
}
