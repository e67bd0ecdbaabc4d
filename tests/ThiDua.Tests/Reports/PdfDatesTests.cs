using System.Text;
using ThiDua.Reports.Pdf;

namespace ThiDua.Tests.Reports;

public sealed class PdfDatesTests
{
    private static readonly DateTimeOffset CutOff = new(2022, 7, 1, 7, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public async Task Chromiums_print_dates_become_the_cut_off_in_utc_and_the_file_keeps_its_length()
    {
        var path = Write("1 0 obj\n<</Producer (Skia/PDF m156)\n/CreationDate (D:20261122133506+00'00')\n/ModDate (D:20261122133507+00'00')>>\nendobj\n");
        var length = new FileInfo(path).Length;

        await PdfReproducible.MakeAsync(path, CutOff);

        var text = await File.ReadAllTextAsync(path, Encoding.ASCII);
        text.Should().Contain("/CreationDate (D:20220701000000+00'00')").And.Contain("/ModDate (D:20220701000000+00'00')");
        new FileInfo(path).Length.Should().Be(length, "the cross-reference table points at byte offsets");
    }

    [Fact]
    public async Task A_date_written_another_way_is_left_as_printed()
    {
        const string Pdf = "<</CreationDate (D:20261122133506+07'00')/ModDate (D:2026112213)>>\n";
        var path = Write(Pdf);

        await PdfReproducible.MakeAsync(path, CutOff);

        (await File.ReadAllTextAsync(path, Encoding.ASCII)).Should().Be(Pdf);
    }

    private static string Write(string text)
    {
        var path = Path.Combine(ReportTools.TempDir(), "r.pdf");
        File.WriteAllText(path, text, Encoding.ASCII);
        return path;
    }
}
