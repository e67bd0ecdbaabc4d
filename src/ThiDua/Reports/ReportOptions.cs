namespace ThiDua.Reports;

/// <summary>Which dashboard definitions the reports embed (null = none): the same files the web pages render.</summary>
public sealed record ReportOptions(string? MonthlyDashboard, string? SummaryDashboard)
{
    public static ReportOptions Default { get; } = new("leadership", "awards");
}
