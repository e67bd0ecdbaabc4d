using System.IO.Compression;
using System.Text;
using System.Xml;
using static ThiDua.Documents.Docx.DocxXml;

namespace ThiDua.Documents.Docx;

/// <summary>
/// Writes a Word document (.docx) top to bottom: paragraphs, tables, PNG images, on A4 with the margins of Nghị định
/// 30/2020/NĐ-CP (top and bottom 2 cm, left 3 cm, right 2 cm), in Times New Roman 14 pt, the font NĐ 30 prescribes. The file
/// names the font the office's Word has; where Times New Roman is missing (Debian) fontconfig and LibreOffice stand in
/// Liberation Serif, metric-compatible, so pages break alike. Sizes are in points.
/// </summary>
/// <remarks>
/// The body is streamed with a plain <see cref="XmlWriter"/> into the zip entry: building it as the Open XML SDK's
/// object tree and saving that package cost ≈ 17 ms a báo cáo thành tích (a dossier writes a hundred), the stream
/// about a tenth of it. The other parts are the same bytes in every document (<see cref="DocxPackageParts"/>).
/// </remarks>
public sealed class DocxBuilder
{
    public const string Font = "Times New Roman";

    /// <summary>The text width of an A4 page between the margins, in twentieths of a point (16 cm).</summary>
    public const int TextWidth = 9072;

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), CloseOutput = false };

    private readonly XmlWriter xml;
    private readonly List<byte[]> images = [];

    private DocxBuilder(XmlWriter xml) => this.xml = xml;

    /// <summary>The document <paramref name="write"/> fills, as bytes, with its <paramref name="properties"/> (File › Info in Word).</summary>
    public static byte[] Build(DocumentProperties properties, Action<DocxBuilder> write)
    {
        ArgumentNullException.ThrowIfNull(properties);
        ArgumentNullException.ThrowIfNull(write);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            DocxPackageParts.WriteFixed(zip, properties);
            DocxBuilder doc;
            using (var part = PackageEntry.Create(zip, "word/document.xml", CompressionLevel.Fastest))
            using (var xml = XmlWriter.Create(part, Settings))
            {
                xml.WriteStartDocument(standalone: true);
                xml.Start("document");
                foreach (var (prefix, ns) in new[] { ("r", R), ("wp", WP), ("a", A), ("pic", Pic) }) xml.WriteAttributeString("xmlns", prefix, null, ns);
                xml.Start("body");
                doc = new DocxBuilder(xml);
                write(doc);
                xml.Start("sectPr");
                DocxPageNumbers.WriteReference(xml);
                xml.Empty("pgSz", "w", "11906", "h", "16838");
                xml.Empty("pgMar", "top", "1134", "right", "1134", "bottom", "1134", "left", "1701", "header", "567", "footer", "567", "gutter", "0");
                xml.Empty("titlePg"); // no number on page 1 (NĐ 30): the first page has no header of its own
                xml.WriteEndDocument();
            }
            DocxPackageParts.WriteImages(zip, doc.images);
        }
        return buffer.ToArray();
    }

    public DocxBuilder Paragraph(string text, DocxText? style = null) => Append(Para(text, style ?? DocxText.Body));

    /// <summary>A paragraph of runs with their own styles (a bold label then plain text).</summary>
    public DocxBuilder Paragraph(DocxText style, params (string Text, bool Bold, bool Italic)[] runs) =>
        Append(new DocxParagraph(style, runs.Select(r => ((string?)r.Text, style with { Bold = r.Bold, Italic = r.Italic })).ToList()));

    /// <summary>A bordered table; the first row is the header (bold, centred, repeated on each page).</summary>
    /// <param name="align">Each column's alignment in the body rows, as an official table sets it: an ordinal (TT, Hạng)
    /// centred, numbers right-aligned, text left; left where not given.</param>
    public DocxBuilder Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<int>? widths = null, double size = 12,
        IReadOnlyList<DocxAlign>? align = null)
    {
        var columns = header.Count;
        var w = widths ?? Enumerable.Repeat(TextWidth / columns, columns).ToList();
        StartTable(w, "single");
        xml.Start("tr");
        xml.Start("trPr");
        xml.Empty("tblHeader");
        xml.WriteEndElement();
        for (var i = 0; i < columns; i++) Cell(w[i], Para(header[i], DocxText.Cell(size) with { Bold = true, Align = DocxAlign.Center }));
        xml.WriteEndElement();
        foreach (var row in rows)
        {
            xml.Start("tr");
            xml.Start("trPr");
            xml.Empty("cantSplit");
            xml.WriteEndElement();
            for (var i = 0; i < columns; i++)
                Cell(w[i], Para(i < row.Count ? row[i] : "", DocxText.Cell(size) with { Align = align is not null && i < align.Count ? align[i] : DocxAlign.Left }));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        return Paragraph("", DocxText.Body with { Size = 6 });
    }

    /// <summary>Two borderless columns side by side: the layout of an official heading and of a signature block.</summary>
    public DocxBuilder Columns(int leftWidth, IEnumerable<DocxParagraph> left, IEnumerable<DocxParagraph> right)
    {
        var rightWidth = TextWidth - leftWidth;
        StartTable([leftWidth, rightWidth], "none");
        xml.Start("tr");
        Cell(leftWidth, left.ToArray());
        Cell(rightWidth, right.ToArray());
        xml.WriteEndElement();
        xml.WriteEndElement();
        return this;
    }

    /// <summary>A PNG image, scaled to <paramref name="widthCm"/> (its height kept in proportion), centred.</summary>
    public DocxBuilder Image(byte[] png, string description, double widthCm = 16)
    {
        ArgumentNullException.ThrowIfNull(png);
        var (pixelsWide, pixelsHigh) = DocxImage.PngSize(png);
        images.Add(png);
        var cx = (long)(widthCm * 360_000);
        var cy = cx * pixelsHigh / pixelsWide;
        xml.Start("p");
        Properties(DocxText.Body with { Align = DocxAlign.Center });
        xml.Start("r");
        DocxImage.WriteInline(xml, DocxPackageParts.ImageId(images.Count), (uint)images.Count, description, cx, cy);
        xml.WriteEndElement();
        xml.WriteEndElement();
        return this;
    }

    public DocxBuilder PageBreak()
    {
        xml.Start("p");
        xml.Start("r");
        xml.Empty("br", "type", "page");
        xml.WriteEndElement();
        xml.WriteEndElement();
        return this;
    }

    public static DocxParagraph Para(string text, DocxText style) => DocxParagraph.Of(text, style);

    private void StartTable(IReadOnlyList<int> widths, string border)
    {
        xml.Start("tbl");
        xml.Start("tblPr");
        xml.Empty("tblW", "w", Twips(TextWidth), "type", "dxa");
        xml.Start("tblBorders"); // in the schema's order: top, left, bottom, right
        foreach (var side in new[] { "top", "left", "bottom", "right", "insideH", "insideV" })
            if (border == "none") xml.Empty(side, "val", border); else xml.Empty(side, "val", border, "sz", "4");
        xml.WriteEndElement();
        xml.Empty("tblLayout", "type", "fixed");
        xml.WriteEndElement();
        xml.Start("tblGrid");
        foreach (var width in widths) xml.Empty("gridCol", "w", Twips(width));
        xml.WriteEndElement();
    }

    private void Cell(int width, params DocxParagraph[] paragraphs)
    {
        xml.Start("tc");
        xml.Start("tcPr");
        xml.Empty("tcW", "w", Twips(width), "type", "dxa");
        xml.WriteEndElement();
        if (paragraphs.Length == 0) xml.Empty("p");
        foreach (var p in paragraphs) Write(p);
        xml.WriteEndElement();
    }

    private DocxBuilder Append(DocxParagraph p)
    {
        Write(p);
        return this;
    }

    private void Write(DocxParagraph p)
    {
        xml.Start("p");
        Properties(p.Style);
        foreach (var (text, style) in p.Runs)
        {
            xml.Start("r");
            if (text is null) xml.Empty("br");
            else Run(text, style);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private void Run(string text, DocxText style)
    {
        xml.Start("rPr");
        xml.Empty("rFonts", "ascii", Font, "hAnsi", Font, "eastAsia", Font, "cs", Font);
        if (style.Bold) xml.Empty("b");
        if (style.Italic) xml.Empty("i");
        var halfPoints = Twips((int)Math.Round(style.Size * 2));
        xml.Empty("sz", "val", halfPoints);
        xml.Empty("szCs", "val", halfPoints);
        if (style.Underline) xml.Empty("u", "val", "single"); // after the size, as the schema orders them
        xml.WriteEndElement();
        xml.Start("t");
        xml.WriteAttributeString("xml", "space", null, "preserve");
        xml.WriteString(text.Normalize());
        xml.WriteEndElement();
    }

    private void Properties(DocxText style)
    {
        xml.Start("pPr");
        xml.Empty("spacing", "before", "0", "after", Twips((int)(style.SpaceAfter * 20)), "line", "264", "lineRule", "auto");
        xml.Empty("ind", "firstLine", style.FirstLineIndent ? "567" : "0");
        xml.Empty("jc", "val", style.Align switch { DocxAlign.Center => "center", DocxAlign.Right => "right", DocxAlign.Both => "both", _ => "left" });
        xml.WriteEndElement();
    }
}
