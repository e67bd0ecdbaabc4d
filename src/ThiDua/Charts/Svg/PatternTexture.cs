using System.Globalization;
using System.Text;

namespace ThiDua.Charts.Svg;

/// <summary>
/// A status's texture (light diagonal stripes, dots, a grey hatch) drawn as plain strokes in a viewport the size of
/// the shape it covers. Not an SVG <c>&lt;pattern&gt;</c>: Chromium prints every pattern-filled shape as an image
/// of its own — a 25-page monthly report of 120 units was a 37 MB PDF and took 40 s to print, 1.2 MB and 8 s without
/// them — while strokes, dashes and the viewport's clip stay vectors.
/// </summary>
internal static class PatternTexture
{
    private const double Period = 6; // the stripes' and the hatch's spacing, across them
    private const double DotPitch = 5, DotFirst = 2.5;
    private static readonly double Root2 = Math.Sqrt(2);

    /// <summary>The texture's element(s) for a <paramref name="width"/> × <paramref name="height"/> viewport, in its own coordinates.</summary>
    public static void Write(StringBuilder sb, double width, double height, FillPattern pattern, Action<double> number)
    {
        switch (pattern)
        {
            case FillPattern.Stripes:
                Bands(sb, width, height, 2, "#ffffff\" stroke-opacity=\"0.45", number);
                break;
            case FillPattern.Hatch:
                Bands(sb, width, height, 1, "#8c8c8c", number); // "nothing here" even in black-and-white
                break;
            case FillPattern.Dots:
                Dots(sb, width, height, number);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(pattern), pattern, null);
        }
    }

    // Bands `band` wide every 6 across the 45° diagonal: one stroke along the diagonal through the centre, as wide as the
    // viewport measured across it, dashed `band` on, the rest off — each dash is one band, the viewport cuts it to shape.
    private static void Bands(StringBuilder sb, double w, double h, double band, string stroke, Action<double> number)
    {
        var (from, to) = ((w - h) / 4, (w + h) / 4);
        sb.Append("<path d=\"M"); number(from); sb.Append(' '); number(-from);
        sb.Append('L'); number(w / 2 + to); sb.Append(' '); number(h / 2 + to);
        sb.Append("\" stroke=\"").Append(stroke).Append("\" stroke-width=\""); number(Math.Ceiling((w + h) / Root2) + 2);
        sb.Append("\" stroke-dasharray=\"").Append(band.ToString(CultureInfo.InvariantCulture)).Append(' ')
          .Append((Period - band).ToString(CultureInfo.InvariantCulture)).Append("\"/>");
    }

    // Rows of dots 5 apart, each row one line dashed "0 5" with round caps: a dot at every dash.
    private static void Dots(StringBuilder sb, double w, double h, Action<double> number)
    {
        sb.Append("<path d=\"");
        for (var y = DotFirst; y <= h + 1; y += DotPitch)
        {
            sb.Append('M'); number(DotFirst); sb.Append(' '); number(y); sb.Append('H'); number(Math.Max(DotFirst, w + 1));
        }
        sb.Append("\" stroke=\"#5a2d0c\" stroke-opacity=\"0.55\" stroke-width=\"1.8\" stroke-linecap=\"round\" stroke-dasharray=\"0 5\"/>");
    }
}
