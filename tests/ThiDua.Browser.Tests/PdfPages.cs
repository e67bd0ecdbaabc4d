using System.Text;
using System.Text.RegularExpressions;

namespace ThiDua.Browser.Tests;

/// <summary>Pages of a PDF Chromium printed: its page objects ("/Type /Page", not "/Pages"), which Chromium writes uncompressed.</summary>
public static partial class PdfPages
{
    public static int Count(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var pages = PageObject().Matches(text).Count;
        if (pages == 0) throw new InvalidOperationException("No page objects found: the PDF's structure is compressed or it is not a PDF.");
        return pages;
    }

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();
}
