namespace ThiDua.Documents.Docx;

/// <summary>
/// A paragraph not yet written: its style and its runs (a run with no text is a line break). Official headings and
/// signature blocks build these to place them in a column.
/// </summary>
public sealed class DocxParagraph
{
    internal DocxParagraph(DocxText style, IReadOnlyList<(string? Text, DocxText Style)> runs) => (Style, Runs) = (style, runs);

    internal DocxText Style { get; }

    internal IReadOnlyList<(string? Text, DocxText Style)> Runs { get; }

    /// <summary>One style for the whole text; each '\n' becomes a line break.</summary>
    public static DocxParagraph Of(string text, DocxText style)
    {
        ArgumentNullException.ThrowIfNull(text);
        var runs = new List<(string?, DocxText)>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) runs.Add((null, style));
            runs.Add((lines[i], style));
        }
        return new DocxParagraph(style, runs);
    }
}
