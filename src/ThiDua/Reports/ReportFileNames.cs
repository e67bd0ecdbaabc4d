using System.Text;
using ThiDua.Periods;

namespace ThiDua.Reports;

/// <summary>
/// File names: <c>&lt;campaign&gt;-&lt;YYYY-MM&gt;-monthly.html|.pdf|.json</c> and <c>&lt;campaign&gt;-summary.html|.pdf|.json</c>.
/// Characters outside letters, digits, '-', '_' and '.' in a campaign code become '_'.
/// </summary>
public static class ReportFileNames
{
    public static string Monthly(string campaign, YearMonth month) => $"{Safe(campaign)}-{month}-monthly";

    public static string Summary(string campaign) => $"{Safe(campaign)}-summary";

    public static string ManifestFor(string htmlFile) => Path.ChangeExtension(htmlFile, ".json");

    internal static string Safe(string code)
    {
        var sb = new StringBuilder(code.Length);
        foreach (var c in code) sb.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        return sb.ToString();
    }
}
