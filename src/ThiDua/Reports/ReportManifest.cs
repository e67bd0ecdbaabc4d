using System.Text.Json.Serialization;
using ThiDua.Periods;

namespace ThiDua.Reports;

/// <summary>
/// The JSON sidecar written beside each report (<c>&lt;name&gt;.json</c>), so a folder of reports can be listed
/// without opening them. File names are relative to the folder; <paramref name="Pdf"/> is null when the PDF
/// could not be printed, and <paramref name="PdfProblem"/> says why.
/// </summary>
public sealed record ReportManifest(
    [property: JsonPropertyName("campaign")] string Campaign,
    [property: JsonPropertyName("campaign_name")] string CampaignName,
    [property: JsonPropertyName("kind"), JsonConverter(typeof(JsonStringEnumConverter<ReportKind>))] ReportKind Kind,
    [property: JsonPropertyName("month")] YearMonth Month,
    [property: JsonPropertyName("cut_off")] DateTimeOffset CutOff,
    [property: JsonPropertyName("html")] string Html,
    [property: JsonPropertyName("pdf")] string? Pdf,
    [property: JsonPropertyName("pdf_problem")] string? PdfProblem);
