namespace ThiDua.Web.Reports;

/// <summary>No report jobs yet: no reports.</summary>
public sealed class NoReportsView : IReportsView
{
    public Task<IReadOnlyList<ReportSummary>> ReportsAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<ReportSummary>>([]);

    public Task<ReportFile?> OpenAsync(string id, CancellationToken ct) => Task.FromResult<ReportFile?>(null);
}
