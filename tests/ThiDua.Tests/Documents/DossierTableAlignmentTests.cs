using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Tests.Cli;

namespace ThiDua.Tests.Documents;

/// <summary>
/// The dossier's tables aligned as an official Vietnamese table is: the ordinal (TT, Hạng) centred, the scores and
/// figures right-aligned, the names left — each .docx written by <c>thidua report dossier</c> on the seed and opened back.
/// </summary>
public sealed class DossierTableAlignmentTests(SeededDatabase db) : IClassFixture<SeededDatabase>, IDisposable
{
    private const string Campaign = "BK2021-BAUCU";
    private readonly string dir = Directory.CreateTempSubdirectory("thidua-dossier-align-").FullName;

    private Task<string> DossierAsync() => DossierCommand.RunAsync(db.ConnectionString, Campaign, dir);

    [Fact]
    public async Task Ordinals_are_centred_and_scores_and_figures_right_aligned_in_every_table_of_the_dossier()
    {
        var folder = await DossierAsync();
        var report = Directory.GetFiles(folder, "bao-cao-thanh-tich-*.docx").Order().First();

        var expected = new (string File, string[] Header, string[] Centred, string[] Right)[]
        {
            ("to-trinh.docx", ["TT", "Tên tập thể, cá nhân"], ["TT"], ["Điểm"]),
            ("tong-ket.docx", ["Hạng", "Tên tập thể, cá nhân"], ["Hạng"], ["Điểm", "Chỉ tiêu đạt"]),
            ("bien-ban.docx", ["TT", "Tên tập thể, cá nhân"], ["TT"], ["Điểm"]),
            (Path.GetFileName(report), ["TT", "Chỉ tiêu"], ["TT"], ["Chỉ tiêu giao", "Thực hiện", "Tỷ lệ"]),
        };
        foreach (var (file, header, centred, right) in expected)
        {
            var tables = BodyAlignments(Path.Combine(folder, file), header);
            tables.Should().NotBeEmpty($"{file} has a table headed {string.Join(", ", header)}");
            foreach (var name in centred.Concat(right))
                tables.SelectMany(t => t.GetValueOrDefault(name, [])).Should().NotBeEmpty($"{file} has cells under '{name}'");
            foreach (var columns in tables)
            {
                foreach (var name in centred) columns.GetValueOrDefault(name, []).Should().OnlyContain(j => j == "center", $"{file}: '{name}' is an ordinal");
                foreach (var name in right) columns.GetValueOrDefault(name, []).Should().OnlyContain(j => j == "right", $"{file}: '{name}' holds numbers");
                columns[header[1]].Should().OnlyContain(j => j == "left", $"{file}: '{header[1]}' reads from the left");
            }
        }
    }

    // For each table whose header row holds these names (in a proposal, the header of the candidate lists): each column's
    // header text → the justification of its body cells' paragraphs, the header row left out.
    private static List<Dictionary<string, List<string>>> BodyAlignments(string path, string[] header)
    {
        using var document = WordprocessingDocument.Open(path, false);
        var result = new List<Dictionary<string, List<string>>>();
        foreach (var table in document.MainDocumentPart!.Document.Body!.Elements<Table>())
        {
            var rows = table.Elements<TableRow>().ToList();
            var names = rows.FirstOrDefault()?.Elements<TableCell>().Select(c => c.InnerText).ToList() ?? [];
            if (rows.Count < 2 || !header.All(names.Contains)) continue;
            var columns = names.Distinct().ToDictionary(n => n, _ => new List<string>());
            foreach (var row in rows.Skip(1))
                foreach (var (cell, i) in row.Elements<TableCell>().Select((c, i) => (c, i)))
                    columns[names[i]].Add(cell.Elements<Paragraph>().Single().ParagraphProperties?.Justification?.Val?.InnerText ?? "left");
            result.Add(columns);
        }
        return result;
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
