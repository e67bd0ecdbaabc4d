namespace ThiDua.Documents.Docx;

/// <summary>How a paragraph's text looks: size in points, bold, italic, alignment, space after (points), first-line indent.</summary>
public sealed record DocxText(double Size = 14, bool Bold = false, bool Italic = false, DocxAlign Align = DocxAlign.Both, double SpaceAfter = 6,
    bool FirstLineIndent = false, bool Underline = false)
{
    /// <summary>Body text: 14 pt, justified, first line indented 1 cm, as NĐ 30 sets it.</summary>
    public static DocxText Body { get; } = new(FirstLineIndent: true);

    public static DocxText Title { get; } = new(14, Bold: true, Align: DocxAlign.Center, SpaceAfter: 0);

    public static DocxText Heading { get; } = new(14, Bold: true, Align: DocxAlign.Left, SpaceAfter: 6);

    public static DocxText Centered { get; } = new(14, Align: DocxAlign.Center, SpaceAfter: 0);

    public static DocxText Cell(double size) => new(size, Align: DocxAlign.Left, SpaceAfter: 0);
}
