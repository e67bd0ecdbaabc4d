using System.Text;
using ThiDua.Reports.Pdf;

namespace ThiDua.Tests.Reports;

public sealed class PdfNodeIdsTests
{
    private static readonly DateTimeOffset CutOff = new(2022, 7, 1, 7, 0, 0, TimeSpan.FromHours(7));

    // The shape Chromium's tagged PDF writes: elements with /ID and an id tree of sorted names.
    private static string Pdf(int a, int b, int c) =>
        $"1 0 obj\n<</Type /StructElem\n/S /TH\n/ID (node{a:D8})>>\nendobj\n2 0 obj\n<</Type /StructElem\n/S /TD\n/ID (node{b:D8})>>\nendobj\n"
        + $"3 0 obj\n<</Type /StructElem\n/S /P\n/ID (node{c:D8})>>\nendobj\n"
        + $"4 0 obj\n<</Limits [(node{a:D8}) (node{c:D8})]\n/Names [(node{a:D8}) 1 0 R (node{b:D8}) 2 0 R (node{c:D8}) 3 0 R]>>\nendobj\n%%EOF\n";

    [Fact]
    public async Task The_same_tree_printed_under_shifted_ids_becomes_the_same_file()
    {
        var first = Write(Pdf(51, 52, 1492));
        var second = Write(Pdf(52, 53, 1493));
        var length = new FileInfo(first).Length;

        await PdfReproducible.MakeAsync(first, CutOff);
        await PdfReproducible.MakeAsync(second, CutOff);

        (await File.ReadAllBytesAsync(second)).Should().Equal(await File.ReadAllBytesAsync(first));
        (await File.ReadAllTextAsync(first, Encoding.ASCII)).Should().Be(Pdf(1, 2, 3), "numbered from 1 in their order: the id tree stays sorted");
        new FileInfo(first).Length.Should().Be(length, "the cross-reference table points at byte offsets");
    }

    [Fact]
    public async Task Text_that_only_looks_like_an_id_is_left_as_printed()
    {
        const string Text = "<</Title (node123)>> (node0000005) (nodeABCDEFGH) (node000000012)\n";
        var path = Write(Text);

        await PdfReproducible.MakeAsync(path, CutOff);

        (await File.ReadAllTextAsync(path, Encoding.ASCII)).Should().Be(Text);
    }

    private static string Write(string content)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("thidua-pdfids-").FullName, "report.pdf");
        File.WriteAllText(path, content, Encoding.ASCII);
        return path;
    }
}
