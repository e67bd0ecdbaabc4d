using System.Text;
using ThiDua.Import.Parsing;

namespace ThiDua.Tests.Documentation;

/// <summary>
/// A CSV example the docs show for an import kind (a code block whose header is that kind's columns) is a file the
/// import reads without an error: a clerk copies it into a spreadsheet as it stands. (periods.md's decision example once
/// held a note with an unquoted ';', a line the import refuses.)
/// </summary>
public class DocsCsvExamplesTests
{
    [Fact]
    public void Every_import_file_example_in_the_docs_is_read_without_an_error()
    {
        var examples = Examples().ToList();
        examples.Should().Contain(e => e.Kind == ImportKind.AwardDecisions, "periods.md shows the council's decisions file");
        var refused = new List<string>();
        foreach (var (page, line, kind, text) in examples)
        {
            using var file = CsvImportReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "example.csv", kind);
            refused.AddRange(file.Validate().Select(e => $"{DocsPages.Name(page)}:{line + e.Line - 1} ({ImportKindNames.ToCliWord(kind)}): {e.MessageEn}"));
        }
        refused.Should().BeEmpty("an example is what a reader copies");
    }

    // Fenced blocks whose first line names only columns of one import kind, every required one among them.
    private static IEnumerable<(string Page, int Line, ImportKind Kind, string Text)> Examples()
    {
        foreach (var page in DocsPages.All)
        {
            var lines = File.ReadAllLines(page);
            for (var i = 0; i < lines.Length; i++)
            {
                if (!lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal)) continue;
                var end = Array.FindIndex(lines, i + 1, l => l.TrimStart().StartsWith("```", StringComparison.Ordinal));
                if (end < 0) break;
                var block = lines[(i + 1)..end];
                if (block.Length > 1 && KindOf(block[0]) is { } kind)
                    yield return (page, i + 2, kind, string.Join("\n", block) + "\n");
                i = end;
            }
        }
    }

    private static ImportKind? KindOf(string header)
    {
        var delimiter = header.Contains(';', StringComparison.Ordinal) ? ';' : ',';
        var names = header.Split(delimiter).Select(ImportNameNormalizer.Normalize).ToList();
        if (names.Count < 2) return null;
        foreach (var kind in Enum.GetValues<ImportKind>())
        {
            var columns = ImportSchemas.For(kind);
            if (names.All(n => columns.Any(c => c.Keys.Contains(n))) && columns.Where(c => c.Required).All(c => c.Keys.Any(names.Contains)))
                return kind;
        }
        return null;
    }
}
