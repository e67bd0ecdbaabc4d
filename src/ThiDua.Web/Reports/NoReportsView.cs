namespace ThiDua.Web.Reports;

/// <summary>A host without the scheduler (and its report folder): no reports.</summary>
public sealed class NoReportsView : IReportsView
{
    public Task<IReadOnlyList<ReportSummary>> ReportsAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<ReportSummary>>([]);

    public Task<ReportFile?> OpenAsync(string id, string format, CancellationToken ct) => Task.FromResult<ReportFile?>(null);

    public Task<IReadOnlyList<DossierSummary>> DossiersAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<DossierSummary>>([]);

    public Task<ReportFile?> OpenDossierFileAsync(string campaign, string file, CancellationToken ct) => Task.FromResult<ReportFile?>(null);
}
