using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ThiDua.Documents.Docx;

/// <summary>
/// Writes a Word document (.docx) top to bottom: paragraphs, tables, PNG images, on A4 with the margins of Nghị định
/// 30/2020/NĐ-CP (top and bottom 2 cm, left 3 cm, right 2 cm), in Liberation Serif 14 pt (metric-compatible with
/// Times New Roman, which Debian does not ship). Sizes are in points.
/// </summary>
public sealed class DocxBuilder
{
    public const string Font = "Liberation Serif";

    /// <summary>The text width of an A4 page between the margins, in twentieths of a point (16 cm).</summary>
    public const int TextWidth = 9072;

    private readonly MainDocumentPart main;
    private readonly Body body;
    private uint images;

    private DocxBuilder(MainDocumentPart main, Body body) => (this.main, this.body) = (main, body);

    /// <summary>The document <paramref name="write"/> fills, as bytes.</summary>
    public static byte[] Build(Action<DocxBuilder> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            main.Document = new Document(body);
            main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Create();
            write(new DocxBuilder(main, body));
            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 1134, Header = 567, Footer = 567, Gutter = 0 }));
        }
        return buffer.ToArray();
    }

    public DocxBuilder Paragraph(string text, DocxText? style = null) => Append(Para(text, style ?? DocxText.Body));

    /// <summary>A paragraph of runs with their own styles (a bold label then plain text).</summary>
    public DocxBuilder Paragraph(DocxText style, params (string Text, bool Bold, bool Italic)[] runs)
    {
        var p = new Paragraph(Properties(style));
        foreach (var (text, bold, italic) in runs) p.Append(RunOf(text, style with { Bold = bold, Italic = italic }));
        return Append(p);
    }

    /// <summary>A bordered table; the first row is the header (bold, repeated on each page).</summary>
    public DocxBuilder Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<int>? widths = null, double size = 12)
    {
        var columns = header.Count;
        var w = widths ?? Enumerable.Repeat(TextWidth / columns, columns).ToList();
        var table = new Table(new TableProperties(
            new TableWidth { Width = TextWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableBorders( // in the schema's order: top, left, bottom, right
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
            new TableLayout { Type = TableLayoutValues.Fixed }));
        table.Append(new TableGrid(w.Select(x => new GridColumn { Width = x.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        var head = new TableRow(new TableRowProperties(new TableHeader()));
        for (var i = 0; i < columns; i++) head.Append(Cell(w[i], Para(header[i], DocxText.Cell(size) with { Bold = true, Align = DocxAlign.Center })));
        table.Append(head);
        foreach (var row in rows)
        {
            var tr = new TableRow(new TableRowProperties(new CantSplit()));
            for (var i = 0; i < columns; i++) tr.Append(Cell(w[i], Para(i < row.Count ? row[i] : "", DocxText.Cell(size))));
            table.Append(tr);
        }
        body.Append(table);
        return Paragraph("", DocxText.Body with { Size = 6 });
    }

    /// <summary>Two borderless columns side by side: the layout of an official heading and of a signature block.</summary>
    public DocxBuilder Columns(int leftWidth, IEnumerable<Paragraph> left, IEnumerable<Paragraph> right)
    {
        var rightWidth = TextWidth - leftWidth;
        var none = new TableBorders(new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None },
            new BottomBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
            new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None });
        var table = new Table(new TableProperties(new TableWidth { Width = TextWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            none, new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(new GridColumn { Width = leftWidth.ToString(System.Globalization.CultureInfo.InvariantCulture) }, new GridColumn { Width = rightWidth.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
            new TableRow(Cell(leftWidth, left.ToArray()), Cell(rightWidth, right.ToArray())));
        body.Append(table);
        return this;
    }

    /// <summary>A PNG image, scaled to <paramref name="widthCm"/> (its height kept in proportion), centred.</summary>
    public DocxBuilder Image(byte[] png, string description, double widthCm = 16)
    {
        ArgumentNullException.ThrowIfNull(png);
        var part = main.AddImagePart(ImagePartType.Png);
        using (var stream = new MemoryStream(png)) part.FeedData(stream);
        var (pixelsWide, pixelsHigh) = DocxImage.PngSize(png);
        var cx = (long)(widthCm * 360_000);
        var cy = cx * pixelsHigh / pixelsWide;
        images++;
        var drawing = DocxImage.Inline(main.GetIdOfPart(part), images, description, cx, cy);
        return Append(new Paragraph(Properties(DocxText.Body with { Align = DocxAlign.Center }), new Run(drawing)));
    }

    public DocxBuilder PageBreak() => Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));

    public static Paragraph Para(string text, DocxText style)
    {
        var p = new Paragraph(Properties(style));
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) p.Append(new Run(new Break()));
            p.Append(RunOf(lines[i], style));
        }
        return p;
    }

    private static Run RunOf(string text, DocxText style)
    {
        var props = new RunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font });
        if (style.Bold) props.Append(new Bold());
        if (style.Italic) props.Append(new Italic());
        var halfPoints = ((int)Math.Round(style.Size * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        props.Append(new FontSize { Val = halfPoints }, new FontSizeComplexScript { Val = halfPoints });
        if (style.Underline) props.Append(new Underline { Val = UnderlineValues.Single }); // after the size, as the schema orders them
        return new Run(props, new Text(text.Normalize()) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static ParagraphProperties Properties(DocxText style) => new(
        new SpacingBetweenLines { Before = "0", After = ((int)(style.SpaceAfter * 20)).ToString(System.Globalization.CultureInfo.InvariantCulture), Line = "264", LineRule = LineSpacingRuleValues.Auto },
        new Indentation { FirstLine = style.FirstLineIndent ? "567" : "0" },
        new Justification { Val = style.Align switch { DocxAlign.Center => JustificationValues.Center, DocxAlign.Right => JustificationValues.Right, DocxAlign.Both => JustificationValues.Both, _ => JustificationValues.Left } });

    private static TableCell Cell(int width, params Paragraph[] paragraphs)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }));
        cell.Append(paragraphs.Length == 0 ? [new Paragraph()] : paragraphs);
        return cell;
    }

    private DocxBuilder Append(Paragraph p)
    {
        body.Append(p);
        return this;
    }
}
