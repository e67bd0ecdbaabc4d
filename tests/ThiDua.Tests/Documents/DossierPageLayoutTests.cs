using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SkiaSharp;
using ThiDua.Tests.Cli;

namespace ThiDua.Tests.Documents;

/// <summary>
/// The dossier's pages as Nghị định 30/2020/NĐ-CP lays them out, read back from the .docx a clerk prints: page numbers
/// centred in the top margin from page 2 on, the national heading on one line in its column, and the line under the
/// motto as long as the motto. Widths are measured with Liberation Serif, which has Times New Roman's metrics.
/// </summary>
public sealed class DossierPageLayoutTests(SeededDatabase db) : IClassFixture<SeededDatabase>, IDisposable
{
    private const string Fonts = "/usr/share/fonts/truetype/liberation2/";
    private const double CellMargins = 2 * 108 / 20.0; // Word's default left and right cell margins, 0.19 cm each, in points
    private readonly string dir = Directory.CreateTempSubdirectory("thidua-dossier-pages-").FullName;

    [Fact]
    public async Task Every_document_numbers_its_pages_in_the_top_margin_centred_from_page_two()
    {
        var folder = await DossierCommand.RunAsync(db.ConnectionString, "BK2022", Path.Combine(dir, "out"));

        var files = Directory.GetFiles(folder, "*.docx");
        files.Should().NotBeEmpty();
        foreach (var file in files)
        {
            using var document = WordprocessingDocument.Open(file, false);
            var main = document.MainDocumentPart!;
            var section = main.Document.Body!.Elements<SectionProperties>().Single();
            section.Elements<TitlePage>().Should().ContainSingle($"{Path.GetFileName(file)}: page 1 shows no number");
            var references = section.Elements<HeaderReference>().ToList();
            references.Should().ContainSingle($"{Path.GetFileName(file)}: one header, for pages 2 on")
                .Which.Type!.Value.Should().Be(HeaderFooterValues.Default);
            var header = (HeaderPart)main.GetPartById(references[0].Id!.Value!);
            var paragraph = header.Header.Elements<Paragraph>().Single();
            paragraph.ParagraphProperties!.Justification!.Val!.Value.Should().Be(JustificationValues.Center);
            paragraph.Descendants<SimpleField>().Single().Instruction!.Value!.Trim().Should().Be("PAGE");
            var size = paragraph.Descendants<FontSize>().Single().Val!.Value;
            int.Parse(size!).Should().BeInRange(26, 28, "the page number is 13–14 pt");
        }
    }

    [Fact]
    public async Task The_national_heading_fits_its_column_on_one_line_and_the_motto_is_underlined_its_whole_length()
    {
        var folder = await DossierCommand.RunAsync(db.ConnectionString, "BK2022", Path.Combine(dir, "out"));

        foreach (var file in Directory.GetFiles(folder, "*.docx"))
        {
            using var document = WordprocessingDocument.Open(file, false);
            var heading = document.MainDocumentPart!.Document.Body!.Elements<Table>().First();
            var right = heading.Elements<TableRow>().First().Elements<TableCell>().ElementAt(1);
            var lines = right.Elements<Paragraph>().ToList();
            lines[0].InnerText.Should().Be("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            lines[1].InnerText.Should().Be("Độc lập - Tự do - Hạnh phúc");
            var column = int.Parse(right.TableCellProperties!.TableCellWidth!.Width!.Value!) / 20.0;

            var nation = Width(lines[0]);
            nation.Should().BeLessThan(column - CellMargins, $"{Path.GetFileName(file)}: a wider Quốc hiệu breaks onto a second line");
            var motto = Width(lines[1]);
            Width(lines[2]).Should().BeApproximately(motto, motto * 0.05, "NĐ 30: the line under the motto is as long as the motto");
        }
    }

    /// <summary>The paragraph's width in points, in its runs' size and weight.</summary>
    private static double Width(Paragraph p)
    {
        var run = p.Elements<Run>().Single();
        var bold = run.RunProperties!.Bold is not null;
        var path = Fonts + (bold ? "LiberationSerif-Bold.ttf" : "LiberationSerif-Regular.ttf");
        File.Exists(path).Should().BeTrue("the widths are measured with Liberation Serif: apt-get install fonts-liberation2");
        using var typeface = SKTypeface.FromFile(path);
        using var font = new SKFont(typeface, int.Parse(run.RunProperties.FontSize!.Val!.Value!) / 2f);
        return font.MeasureText(p.InnerText);
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
