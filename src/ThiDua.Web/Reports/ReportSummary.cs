namespace ThiDua.Web.Reports;

/// <summary>A generated report: which campaign, what (monthly progress, summary), for which month, and when it was made.</summary>
public sealed record ReportSummary(string Id, string Campaign, string Title, string Kind, string? Month, DateTimeOffset GeneratedAt, IReadOnlyList<string> Formats);
