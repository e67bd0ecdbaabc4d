using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ThiDua.Tests.Documents;

/// <summary>A .docx opened back with the Open XML SDK: its paragraphs' text, its tables' cells, its images, its fonts.</summary>
public sealed record DocxReadBack(IReadOnlyList<string> Paragraphs, IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> Tables,
    IReadOnlyList<byte[]> Images, IReadOnlyList<string> Fonts)
{
    public string Text => string.Join("\n", Paragraphs);

    public static DocxReadBack Open(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        var body = document.MainDocumentPart!.Document.Body!;
        var paragraphs = body.Descendants<Paragraph>().Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text))).ToList();
        var tables = body.Elements<Table>().Select(t => (IReadOnlyList<IReadOnlyList<string>>)t.Elements<TableRow>()
            .Select(r => (IReadOnlyList<string>)r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList()).ToList();
        var images = document.MainDocumentPart.ImageParts.Select(p =>
        {
            using var s = p.GetStream();
            using var copy = new MemoryStream();
            s.CopyTo(copy);
            return copy.ToArray();
        }).ToList();
        var fonts = body.Descendants<RunFonts>().Select(f => f.Ascii?.Value ?? "").Distinct().ToList();
        return new DocxReadBack(paragraphs, tables, images, fonts);
    }

    /// <summary>The table whose header row starts with these cells.</summary>
    public IReadOnlyList<IReadOnlyList<string>> TableHeaded(params string[] header) =>
        Tables.Single(t => t.Count > 0 && t[0].Take(header.Length).SequenceEqual(header));
}
