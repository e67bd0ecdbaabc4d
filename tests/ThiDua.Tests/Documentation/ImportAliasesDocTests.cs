using ThiDua.Import.Parsing;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Documentation;

/// <summary>
/// docs/import-aliases.md's table of columns is the one place a clerk reads which headers a file may have: every
/// column each kind reads, with every alias the import accepts (ImportSchemas), is in it — a column or alias added in
/// code only (as the council's ballot and the forms' vote share were) fails here until the page says it.
/// </summary>
public class ImportAliasesDocTests
{
    private sealed record Row(string[] Kinds, string Columns, string Aliases);

    public static TheoryData<ImportKind> Kinds() => [.. Enum.GetValues<ImportKind>()];

    [Theory, MemberData(nameof(Kinds))]
    public void The_aliases_page_lists_every_column_and_alias_the_import_reads(ImportKind kind)
    {
        var word = ImportKindNames.ToCliWord(kind);
        var rows = Table().Where(r => r.Kinds.Contains(word)).ToList();
        var missing = new List<string>();
        foreach (var column in ImportSchemas.For(kind))
        {
            var own = rows.Where(r => Words(r.Columns).Contains(column.Name)).ToList();
            if (own.Count == 0) { missing.Add($"{word}: column {column.Name}"); continue; }
            if (own.Any(r => r.Aliases.Contains("as above", StringComparison.Ordinal) || r.Aliases.Contains('…'))) continue;
            var listed = own.SelectMany(r => Words(r.Aliases)).ToHashSet(StringComparer.Ordinal);
            missing.AddRange(column.Aliases.Where(a => !listed.Contains(a)).Select(a => $"{word}: {column.Name} alias {a}"));
        }
        missing.Should().BeEmpty("docs/import-aliases.md is where a clerk looks up the headers a file may have");
    }

    // "| units | code R | ma_don_vi | ma, ma_dv |" → kinds, the column cell, and both alias cells together.
    private static List<Row> Table() =>
        File.ReadLines(Path.Combine(SeedFiles.RepositoryRoot, "docs", "import-aliases.md"))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .Where(c => c.Length == 6 && c[1].Length > 0 && c[1] != "file" && !c[1].StartsWith("---", StringComparison.Ordinal))
            .Select(c => new Row(c[1].Split(',', StringSplitOptions.TrimEntries), c[2], c[3] + ", " + c[4]))
            .ToList();

    private static HashSet<string> Words(string cell) =>
        cell.Split([',', '/', ' ', '(', ')', ';', ':'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToHashSet(StringComparer.Ordinal);
}
