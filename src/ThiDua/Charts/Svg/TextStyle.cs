namespace ThiDua.Charts.Svg;

/// <summary>
/// How a text element is drawn; the common cases are static members. <paramref name="Halo"/> outlines
/// the glyphs in that colour, so text over a print pattern stays legible.
/// </summary>
internal readonly record struct TextStyle(double Size, TextAnchor Anchor, string Fill, bool Bold, string? Halo = null)
{
    public static TextStyle Label { get; } = new(12, TextAnchor.Start, Palette.Ink, false);
    public static TextStyle LabelEnd { get; } = new(12, TextAnchor.End, Palette.Ink, false);
    public static TextStyle Tick { get; } = new(11, TextAnchor.Middle, Palette.MutedInk, false);
    public static TextStyle TickEnd { get; } = new(11, TextAnchor.End, Palette.MutedInk, false);
    public static TextStyle Heading { get; } = new(16, TextAnchor.Start, Palette.Ink, true);
    public static TextStyle Note { get; } = new(11, TextAnchor.Start, Palette.MutedInk, false);

    public TextStyle With(TextAnchor anchor) => this with { Anchor = anchor };
}
