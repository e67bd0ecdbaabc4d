using System.IO.Compression;
using ThiDua.Charts;
using ThiDua.Charts.Png;
using ThiDua.Documents;
using ThiDua.Documents.Docx;

namespace ThiDua.Tests.Documents;

/// <summary>
/// The .docx written as a stream (no SDK object tree): it opens back in the Open XML SDK with the same paragraphs,
/// tables, fonts and image, it is valid, and its PNG is stored as it is (a PNG does not deflate further).
/// </summary>
public sealed class StreamedDocxTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("thidua-tests-docx-").FullName;

    private static byte[] Chart() => new PngChartRenderer().Render(new RankingChart("Xếp hạng cụm", [new RankingBar(1, "DV1", "Đơn vị Một", 92.5m, "Cụm 1")]));

    private string Write(string name, byte[] png)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, DocxBuilder.Build(new DocumentProperties("Báo cáo tổng kết — Phong trào <thi đua> & khen thưởng", "Phong trào (PT2024)"), doc =>
        {
            OfficialLayout.Title(doc, "Báo cáo tổng kết", "Phong trào thi đua");
            doc.Paragraph("Dòng một\nDòng hai", DocxText.Body);
            doc.Paragraph(DocxText.Body, ("Nhãn: ", true, false), ("nội dung & <ký tự>", false, true));
            doc.Table(["TT", "Chỉ tiêu"], [["1", "Tỷ lệ 1.234,5"]], [1000, 8072]);
            doc.Image(png, "Biểu đồ xếp hạng");
            doc.PageBreak();
            doc.Columns(3686, [DocxBuilder.Para("Trái", DocxText.Centered)], []);
        }));
        return path;
    }

    [Fact]
    public void A_streamed_document_reads_back_whole_and_valid_in_the_sdk()
    {
        var png = Chart();
        var path = Write("a.docx", png);

        var back = DocxReadBack.Open(path);
        back.Paragraphs.Should().Contain(["BÁO CÁO TỔNG KẾT", "Phong trào thi đua", "Dòng mộtDòng hai", "Nhãn: nội dung & <ký tự>", "Trái"]);
        back.TableHeaded("TT", "Chỉ tiêu").Should().BeEquivalentTo(new[] { new[] { "TT", "Chỉ tiêu" }, new[] { "1", "Tỷ lệ 1.234,5" } }, o => o.WithStrictOrdering());
        back.Images.Should().ContainSingle().Which.Should().Equal(png);
        back.Fonts.Should().Equal(DocxBuilder.Font);
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(path, false);
        new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").Should().BeEmpty();
        var properties = document.PackageProperties;
        (properties.Title, properties.Subject, properties.Language, properties.Created).Should()
            .Be(("Báo cáo tổng kết — Phong trào <thi đua> & khen thưởng", "Phong trào (PT2024)", "vi-VN", (DateTime?)null), "File › Info in Word shows what the document is; no creation time, so the same data gives the same file");
    }

    [Fact]
    public void The_png_is_stored_uncompressed_and_the_styles_are_the_same_bytes_in_every_document()
    {
        var png = Chart();
        using var a = ZipFile.OpenRead(Write("a.docx", png));
        using var b = ZipFile.OpenRead(Write("b.docx", png));

        var image = a.Entries.Single(e => e.FullName.StartsWith("word/media/", StringComparison.Ordinal));
        image.CompressedLength.Should().Be(image.Length, "a PNG is deflated already: zipping it again costs time for nothing");
        Bytes(a, "word/styles.xml").Should().Equal(Bytes(b, "word/styles.xml"));
    }

    private static byte[] Bytes(ZipArchive zip, string entry)
    {
        using var s = zip.GetEntry(entry)!.Open();
        using var copy = new MemoryStream();
        s.CopyTo(copy);
        return copy.ToArray();
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
