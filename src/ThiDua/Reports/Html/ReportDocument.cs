using System.Text;

namespace ThiDua.Reports.Html;

/// <summary>The page shell of both reports: <c>lang="vi"</c>, UTF-8, the print CSS, a running header with the report's name.</summary>
internal static class ReportDocument
{
    /// <summary>
    /// The report's own content security policy: everything it shows is inline (styles, SVG charts). The server's header
    /// guards the report on <c>/reports</c>, but not the file opened from the reports folder or a mail, nor Chromium
    /// printing it to PDF from disk (scripts on, network open): should markup ever slip through unencoded, none of
    /// them runs a script or loads anything.
    /// </summary>
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

    public static string Write(string title, string runningHeader, Action<HtmlWriter> body)
    {
        var w = new HtmlWriter();
        w.Raw("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"")
            .Raw(ContentSecurityPolicy).Raw("\">\n<title>").Text(title).Raw("</title>\n<style>\n")
            .Raw(ReportStyles.Css.Replace("RUNNING_HEADER", CssString(runningHeader), StringComparison.Ordinal)).Raw("</style>\n</head>\n<body>\n");
        body(w);
        w.Raw("</body>\n</html>\n");
        return w.ToString();
    }

    // A CSS string literal. Every character outside plain letters, digits, spaces and a few marks is a
    // hex escape, so no quote, backslash or "</style>" in a campaign's name can leave the string.
    private static string CssString(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c) || c is ' ' or '-' or '.' or ',' or '/' or '(' or ')' or ':') sb.Append(c);
            else sb.Append('\\').Append(((int)c).ToString("X", System.Globalization.CultureInfo.InvariantCulture)).Append(' ');
        }
        return sb.Append('"').ToString();
    }
}
