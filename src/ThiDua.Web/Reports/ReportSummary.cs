namespace ThiDua.Web.Reports;

/// <summary>A generated report: which campaign, what (monthly progress, summary), for which month, and as of when its figures are.</summary>
/// <param name="PdfProblem">Why the report has no PDF (its printer's reason), when it has none.</param>
public sealed record ReportSummary(string Id, string Campaign, string Title, string? Month, DateTimeOffset CutOff, IReadOnlyList<string> Formats, string? PdfProblem = null);
