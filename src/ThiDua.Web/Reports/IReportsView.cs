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

    /// <summary>The award dossiers (Word) beside the reports: per campaign, its .docx file names.</summary>
    Task<IReadOnlyList<DossierSummary>> DossiersAsync(CancellationToken ct);

    /// <summary>One listed dossier file, or null when there is no such file.</summary>
    Task<ReportFile?> OpenDossierFileAsync(string campaign, string file, CancellationToken ct);
}
