namespace ThiDua.Charts.Svg;

/// <summary>A legend entry: either a status swatch (<paramref name="Swatch"/>) or a line sample.</summary>
internal sealed record LegendItem(string Label, StatusStyle? Swatch, string? LineStroke = null, string? LineDash = null)
{
    public static LegendItem Status(StatusStyle style) => new(style.Label, style);

    public static LegendItem Line(string label, string stroke, string? dash = null) => new(label, null, stroke, dash);
}
