namespace ThiDua.Web.Campaigns;

/// <summary>
/// What a campaign without targets shows where its ranking or unit tree would be: what is missing and how to add it,
/// as the empty campaigns list says which file to import.
/// </summary>
public static class NoTargetsNotice
{
    public const string Fix = "Hãy <a href=\"/imports?kind=targets\">nhập tệp targets.csv</a> để giao chỉ tiêu cho các đơn vị (sau units.csv và indicators.csv).";

    public static string Html(string what) => $"<p class=\"notice\">{what} {Fix}</p>";
}
