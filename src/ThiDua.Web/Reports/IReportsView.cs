namespace ThiDua.Web.Reports;

/// <summary>
/// What <c>/reports</c> lists and serves. The report jobs (a later issue) implement this and register it in the
/// web host's services; until then <see cref="NoReportsView"/> has none.
/// </summary>
public interface IReportsView
{
    Task<IReadOnlyList<ReportSummary>> ReportsAsync(CancellationToken ct);

    /// <summary>The file of a listed report, or null when there is no such report.</summary>
    Task<ReportFile?> OpenAsync(string id, CancellationToken ct);
}
