namespace ThiDua.Web.Reports;

/// <summary>
/// What <c>/reports</c> lists and serves: the folder the report jobs write (<see cref="FolderReportsView"/>), or
/// <see cref="NoReportsView"/> when the host runs without the scheduler.
/// </summary>
public interface IReportsView
{
    Task<IReadOnlyList<ReportSummary>> ReportsAsync(CancellationToken ct);

    /// <summary>The file of a listed report, or null when there is no such report.</summary>
    Task<ReportFile?> OpenAsync(string id, string format, CancellationToken ct);
}
