using System.Globalization;
using System.Text;

namespace ThiDua.Charts.Svg;

/// <summary>
/// A status's texture (light diagonal stripes, dots, a grey hatch) drawn as one dashed stroke within the shape it
/// covers (the bands clipped to it, the dots kept inside it). Not an SVG <c>&lt;pattern&gt;</c>: Chromium prints every pattern-filled shape as an image of its own — a
/// 25-page monthly report of 120 units was a 37 MB PDF and took 40 s to print, 1.2 MB and 8 s without the textures —
/// while strokes, dashes and clip paths stay vectors.
/// </summary>
internal static class PatternTexture
{
    private const double Period = 6; // the stripes' and the hatch's spacing, across them
    private const double DotPitch = 5, DotFirst = 2.5, DotRadius = 0.9;
    private static readonly double Root2 = Math.Sqrt(2);

    /// <summary>Whether the texture must be clipped to its rect: the bands cross its edges, the dots are kept inside it.</summary>
    public static bool NeedsClip(FillPattern pattern) => pattern != FillPattern.Dots;

    /// <summary>The texture of the rect at (<paramref name="x"/>, <paramref name="y"/>), clipped by <paramref name="clipId"/> when it needs it.</summary>
    public static void Write(StringBuilder sb, double x, double y, double width, double height, FillPattern pattern, string? clipId, Action<double> number)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(number);
        sb.Append("<path ");
        if (clipId is not null) sb.Append("clip-path=\"url(#").Append(clipId).Append(")\" ");
        sb.Append("d=\"");
        switch (pattern)
        {
            case FillPattern.Stripes:
                Bands(sb, x, y, width, height, 2, "#ffffff\" stroke-opacity=\"0.45", number);
                break;
            case FillPattern.Hatch:
                Bands(sb, x, y, width, height, 1, "#8c8c8c", number); // "nothing here" even in black-and-white
                break;
            case FillPattern.Dots:
                Dots(sb, x, y, width, height, number);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(pattern), pattern, null);
        }
        sb.Append("\"/>");
    }

    // Bands `band` wide every 6 across the 45° diagonal: one stroke along the diagonal through the rect's centre, from the
    // corner (x, y) to the opposite one's level, as wide as the rect measured across it, dashed `band` on and the rest
    // off — each dash is one band, the clip cuts it to the rect.
    private static void Bands(StringBuilder sb, double x, double y, double w, double h, double band, string stroke, Action<double> number)
    {
        var (from, to) = ((w - h) / 4, (w + h) / 4);
        sb.Append('M'); number(x + from); sb.Append(' '); number(y - from);
        sb.Append('L'); number(x + w / 2 + to); sb.Append(' '); number(y + h / 2 + to);
        sb.Append("\" stroke=\"").Append(stroke).Append("\" stroke-width=\""); number(Math.Ceiling((w + h) / Root2) + 2);
        sb.Append("\" stroke-dasharray=\"").Append(band.ToString(CultureInfo.InvariantCulture)).Append(' ')
          .Append((Period - band).ToString(CultureInfo.InvariantCulture));
    }

    // Rows of dots 5 apart, each row one line dashed "0 5" with round caps — a dot at every dash — ending on its last dot
    // that fits whole in the rect, so no clip is needed.
    private static void Dots(StringBuilder sb, double x, double y, double w, double h, Action<double> number)
    {
        var across = Math.Max(0, Math.Floor((w - DotFirst - DotRadius) / DotPitch)) * DotPitch;
        for (var dy = DotFirst; dy + DotRadius <= h; dy += DotPitch)
        {
            sb.Append('M'); number(x + DotFirst); sb.Append(' '); number(y + dy); sb.Append('h'); number(across);
        }
        sb.Append("\" stroke=\"#5a2d0c\" stroke-opacity=\"0.55\" stroke-width=\"1.8\" stroke-linecap=\"round\" stroke-dasharray=\"0 5");
    }
}
