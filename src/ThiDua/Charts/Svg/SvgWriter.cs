using System.Globalization;
using System.Text;

namespace ThiDua.Charts.Svg;

/// <summary>
/// Appends SVG elements to a StringBuilder, one element per line (readable golden-file diffs).
/// Coordinates are written in invariant culture with at most two decimals, so output never
/// depends on the machine and is byte-identical for the same input.
/// </summary>
internal sealed class SvgWriter
{
    public const string FontFamily = "Noto Sans, DejaVu Sans, Arial, sans-serif";

    private readonly StringBuilder _sb;
    private int _moved;
    private int _textures;

    public SvgWriter(int width, int height, string title, string idPrefix)
    {
        Width = width;
        Height = height;
        IdPrefix = idPrefix;
        _sb = new StringBuilder(4096);
        _sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").Append(width)
            .Append("\" height=\"").Append(height).Append("\" viewBox=\"0 0 ").Append(width).Append(' ').Append(height)
            .Append("\" role=\"img\" aria-labelledby=\"").Append(idPrefix).Append("-title\" font-family=\"")
            .Append(FontFamily).Append("\" font-size=\"12\">\n<title id=\"").Append(idPrefix).Append("-title\">");
        XmlText.Append(_sb, title);
        _sb.Append("</title>\n");
        Rect(0, 0, width, height, Palette.Background);
    }

    /// <summary>
    /// A drawing that repeats what a chart beside it already says (the heatmap's names pinned on a phone): hidden from
    /// screen readers, no title, no background of its own.
    /// </summary>
    public SvgWriter(int width, int height)
    {
        Width = width;
        Height = height;
        IdPrefix = "";
        _sb = new StringBuilder(4096);
        _sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").Append(width)
            .Append("\" height=\"").Append(height).Append("\" viewBox=\"0 0 ").Append(width).Append(' ').Append(height)
            .Append("\" aria-hidden=\"true\" focusable=\"false\" font-family=\"").Append(FontFamily).Append("\" font-size=\"12\">\n");
    }

    public int Width { get; }
    public int Height { get; }
    public string IdPrefix { get; }

    /// <summary>Middle of a pixel: where a 1px line must sit to stay sharp instead of blurring over two.</summary>
    public static double Crisp(double v) => Math.Floor(v) + 0.5;

    /// <summary>Whole pixel, for the edges of filled shapes.</summary>
    public static double Snap(double v) => Math.Round(v, MidpointRounding.AwayFromZero);

    public StringBuilder Raw => _sb;

    public void Rect(double x, double y, double width, double height, string fill, string? stroke = null)
    {
        _sb.Append("<rect x=\"");
        Number(x); _sb.Append("\" y=\""); Number(y);
        _sb.Append("\" width=\""); Number(Math.Max(0, width));
        _sb.Append("\" height=\""); Number(Math.Max(0, height));
        _sb.Append("\" fill=\"").Append(fill);
        if (stroke is not null) _sb.Append("\" stroke=\"").Append(stroke);
        _sb.Append("\"/>\n");
    }

    /// <summary>A rect's print texture (see <see cref="PatternTexture"/>), drawn over its plain fill and clipped to it.</summary>
    public void PatternRect(double x, double y, double width, double height, FillPattern pattern)
    {
        if (pattern == FillPattern.None || width <= 0 || height <= 0) return;
        // A clip path, not a nested <svg> viewport: pages and tests find a chart as its one <svg>.
        string? id = null;
        if (PatternTexture.NeedsClip(pattern))
        {
            id = (IdPrefix.Length > 0 ? IdPrefix : "thidua") + "-t" + (++_textures).ToString(CultureInfo.InvariantCulture);
            _sb.Append("<clipPath id=\"").Append(id).Append("\"><rect x=\""); Number(x);
            _sb.Append("\" y=\""); Number(y);
            _sb.Append("\" width=\""); Number(width);
            _sb.Append("\" height=\""); Number(height);
            _sb.Append("\"/></clipPath>");
        }
        PatternTexture.Write(_sb, x, y, width, height, pattern, id, Number);
        _sb.Append('\n');
    }

    public void Line(double x1, double y1, double x2, double y2, string stroke, double strokeWidth = 1, string? dash = null)
    {
        _sb.Append("<line x1=\""); Number(x1);
        _sb.Append("\" y1=\""); Number(y1);
        _sb.Append("\" x2=\""); Number(x2);
        _sb.Append("\" y2=\""); Number(y2);
        _sb.Append("\" stroke=\"").Append(stroke).Append("\" stroke-width=\""); Number(strokeWidth);
        if (dash is not null) _sb.Append("\" stroke-dasharray=\"").Append(dash);
        _sb.Append("\"/>\n");
    }

    public void Circle(double cx, double cy, double r, string fill, string stroke)
    {
        _sb.Append("<circle cx=\""); Number(cx);
        _sb.Append("\" cy=\""); Number(cy);
        _sb.Append("\" r=\""); Number(r);
        _sb.Append("\" fill=\"").Append(fill).Append("\" stroke=\"").Append(stroke).Append("\" stroke-width=\"1.5\"/>\n");
    }

    /// <summary>Open polyline through the points (x0, y0, x1, y1, …).</summary>
    public void Polyline(IReadOnlyList<double> xy, string stroke, double strokeWidth, string? dash = null)
    {
        _sb.Append("<polyline points=\"");
        for (var i = 0; i < xy.Count; i += 2)
        {
            if (i > 0) _sb.Append(' ');
            Number(xy[i]); _sb.Append(','); Number(xy[i + 1]);
        }
        _sb.Append("\" fill=\"none\" stroke=\"").Append(stroke).Append("\" stroke-width=\""); Number(strokeWidth);
        if (dash is not null) _sb.Append("\" stroke-dasharray=\"").Append(dash);
        _sb.Append("\" stroke-linejoin=\"round\"/>\n");
    }

    public void Text(double x, double y, string text, TextStyle style)
    {
        _sb.Append("<text x=\""); Number(x);
        _sb.Append("\" y=\""); Number(y);
        if (style.Anchor != TextAnchor.Start)
            _sb.Append("\" text-anchor=\"").Append(style.Anchor == TextAnchor.Middle ? "middle" : "end");
        if (style.Size != 12) { _sb.Append("\" font-size=\""); Number(style.Size); }
        if (style.Bold) _sb.Append("\" font-weight=\"bold");
        if (style.Halo is not null)
            _sb.Append("\" stroke=\"").Append(style.Halo).Append("\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke");
        _sb.Append("\" fill=\"").Append(style.Fill).Append("\">");
        XmlText.Append(_sb, text);
        _sb.Append("</text>\n");
    }

    /// <summary>Starts a group whose <c>&lt;title&gt;</c> is the tooltip (and accessible name) of everything in it.</summary>
    public void OpenGroup(string tooltip)
    {
        _sb.Append("<g><title>");
        XmlText.Append(_sb, tooltip);
        _sb.Append("</title>\n");
    }

    /// <summary>Starts a group the page's style sheet can name (<c>class</c>); closed by <see cref="CloseGroup"/>.</summary>
    public void OpenClassGroup(string cssClass) => _sb.Append("<g class=\"").Append(cssClass).Append("\">\n");

    public void CloseGroup() => _sb.Append("</g>\n");

    /// <summary>
    /// Everything drawn after this lies <paramref name="dy"/> lower (a title that took a second line): one translated
    /// group, closed by <see cref="Finish"/>. Nothing is written for 0.
    /// </summary>
    public void MoveDown(int dy)
    {
        if (dy == 0) return;
        _sb.Append("<g transform=\"translate(0 ").Append(dy.ToString(CultureInfo.InvariantCulture)).Append(")\">\n");
        _moved++;
    }

    public string Finish()
    {
        for (; _moved > 0; _moved--) CloseGroup();
        return _sb.Append("</svg>\n").ToString();
    }

    // Hand-rolled "0.##": a custom numeric format string costs more than the rest of an element.
    private void Number(double value)
    {
        var hundredths = (long)Math.Round(value * 100, MidpointRounding.AwayFromZero);
        if (hundredths < 0)
        {
            _sb.Append('-');
            hundredths = -hundredths;
        }
        Span<char> digits = stackalloc char[20];
        (hundredths / 100).TryFormat(digits, out var written, default, CultureInfo.InvariantCulture);
        _sb.Append(digits[..written]);
        var fraction = (int)(hundredths % 100);
        if (fraction == 0) return;
        _sb.Append('.').Append((char)('0' + fraction / 10));
        if (fraction % 10 != 0) _sb.Append((char)('0' + fraction % 10));
    }
}
