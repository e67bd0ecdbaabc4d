using ThiDua.Reports;

namespace ThiDua.Web.Reports;

/// <summary>Lists the reports in a folder by their JSON sidecars; ids are the sidecar names, files are served only if listed.</summary>
public sealed class FolderReportsView(string directory) : IReportsView
{
    public Task<IReadOnlyList<ReportSummary>> ReportsAsync(CancellationToken ct)
    {
        var list = ReportFolder.List(directory)
            .OrderByDescending(r => r.Manifest.CutOff).ThenBy(r => r.Manifest.Campaign, StringComparer.Ordinal)
            .Select(r => new ReportSummary(Id(r), r.Manifest.Campaign, Title(r.Manifest),
                r.Manifest.Kind == ReportKind.Monthly ? Html.Labels.Month(r.Manifest.Month) : null, r.Manifest.CutOff,
                r.Manifest.Pdf is null ? ["html"] : ["pdf", "html"], r.Manifest.Pdf is null ? r.Manifest.PdfProblem : null))
            .ToList();
        return Task.FromResult<IReadOnlyList<ReportSummary>>(list);
    }

    public Task<ReportFile?> OpenAsync(string id, string format, CancellationToken ct)
    {
        var report = ReportFolder.List(directory).FirstOrDefault(r => Id(r) == id);
        var file = format switch { "pdf" => report?.PdfPath, "html" => report?.HtmlPath, _ => null };
        if (file is null || !File.Exists(file)) return Task.FromResult<ReportFile?>(null);
        var type = format == "pdf" ? "application/pdf" : "text/html; charset=utf-8";
        return Task.FromResult<ReportFile?>(new ReportFile(Path.GetFileName(file), type, File.OpenRead(file)));
    }

    public Task<IReadOnlyList<DossierSummary>> DossiersAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<DossierSummary>>(Documents.Dossier.DossierFolder.List(directory)
            .Select(d => new DossierSummary(d.Campaign, d.Files.Select(Path.GetFileName).ToList()!, Directory.GetLastWriteTimeUtc(d.Directory)))
            .ToList());

    public Task<ReportFile?> OpenDossierFileAsync(string campaign, string file, CancellationToken ct)
    {
        // Only a file the listing names: never a path built from the request.
        var path = Documents.Dossier.DossierFolder.List(directory).FirstOrDefault(d => d.Campaign == campaign)?.Files
            .FirstOrDefault(f => Path.GetFileName(f) == file);
        return Task.FromResult(path is null || !File.Exists(path) ? null
            : new ReportFile(file, Documents.Dossier.DossierFileNames.ContentType, File.OpenRead(path)));
    }

    private static string Id(GeneratedReport r) => Path.GetFileNameWithoutExtension(r.ManifestPath);

    private static string Title(ReportManifest m) => m.Kind == ReportKind.Monthly
        ? $"Báo cáo tiến độ tháng {m.Month.Month:D2}/{m.Month.Year} — {m.CampaignName}"
        : $"Báo cáo tổng kết — {m.CampaignName}";
}
