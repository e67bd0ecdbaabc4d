namespace ThiDua.Charts.Svg;

/// <summary>
/// The <c>&lt;defs&gt;</c> of the print patterns. Ids carry the chart's prefix so several charts
/// inlined in one HTML report do not resolve each other's patterns.
/// </summary>
internal static class PatternDefs
{
    public static string Name(FillPattern pattern) => pattern switch
    {
        FillPattern.Stripes => "stripes",
        FillPattern.Dots => "dots",
        FillPattern.Hatch => "hatch",
        _ => throw new ArgumentOutOfRangeException(nameof(pattern), pattern, null),
    };

    public static void Write(SvgWriter svg)
    {
        var p = svg.IdPrefix;
        svg.Raw.Append("<defs>\n")
            // Light diagonal stripes: over a mid colour they read as a distinct mid grey.
            .Append("<pattern id=\"").Append(p).Append("-stripes\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
            .Append("<rect width=\"2\" height=\"6\" fill=\"#ffffff\" fill-opacity=\"0.45\"/></pattern>\n")
            .Append("<pattern id=\"").Append(p).Append("-dots\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\">")
            .Append("<circle cx=\"2.5\" cy=\"2.5\" r=\"0.9\" fill=\"#5a2d0c\" fill-opacity=\"0.55\"/></pattern>\n")
            // Cross-hatch on white: "nothing here" even in black-and-white.
            .Append("<pattern id=\"").Append(p).Append("-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
            .Append("<rect width=\"1\" height=\"6\" fill=\"#8c8c8c\"/></pattern>\n")
            .Append("</defs>\n");
    }
}
