using ThiDua.Analytics;
using ThiDua.Dashboards;
using ThiDua.Hosting;
using ThiDua.Registry;
using ThiDua.Reports;
using ThiDua.Reports.Pdf;

namespace ThiDua.Cli.Serving;

/// <summary>
/// For the demo: each finished campaign's (the seeds') latest monthly progress report, its summary review and its
/// award dossier (<see cref="DemoDossiers"/>), written
/// once into the reports folder (a second demo run finds them and writes nothing).
/// </summary>
public static class DemoReports
{
    public static async Task GenerateAsync(ThiDuaRuntime runtime, string directory, CancellationToken ct)
    {
        try
        {
            await WriteAsync(runtime, directory, ct);
        }
        catch (Exception e) when (FileSystemErrors.Is(e))
        {
            // The seed is imported by now: say so, and that a second run writes the reports without importing twice.
            throw Reports.Scheduled.ReportFolderException.From(e, directory,
                "rồi chạy lại `thidua demo` (số liệu đã được nhập; lần chạy lại không nhập trùng)",
                "then run `thidua demo` again (the data was imported; a second run imports nothing twice)");
        }
    }

    private static async Task WriteAsync(ThiDuaRuntime runtime, string directory, CancellationToken ct)
    {
        // Seed data is recorded today, long after the plans' months: reports are as of now, as `thidua report` is by default.
        var now = ReportCutOff.Now(runtime.Clock);
        var service = new ReportService(runtime, ChromiumPdfPrinter.Default(), DashboardCatalog.Default());
        var existing = ReportFolder.List(directory).Select(r => Path.GetFileName(r.ManifestPath)).ToHashSet(StringComparer.Ordinal);
        await using var conn = await runtime.DataSource.OpenConnectionAsync(ct);
        foreach (var campaign in await RegistryQueries.CampaignsAsync(conn, ct))
        {
            // Campaigns still running are the scheduler's: a summary written now would stand for the final review's.
            if (ReportCutOff.Summary(campaign) > now) continue;
            var snapshot = await runtime.Snapshots.LoadAsync(campaign.Code, null, ct);
            if (snapshot is null) continue;
            var month = CampaignAnalytics.DefaultPeriod(snapshot);
            if (!existing.Contains(ReportFileNames.Monthly(campaign.Code, month) + ".json"))
                Report(await service.GenerateMonthlyAsync(campaign.Code, month, now, directory, ct));
            if (!existing.Contains(ReportFileNames.Summary(campaign.Code) + ".json"))
                Report(await service.GenerateSummaryAsync(campaign.Code, now, directory, ct));
            if (await DemoDossiers.GenerateAsync(runtime, campaign.Code, now, directory, ct) is { } dossier)
                Console.WriteLine($"  {Path.GetFileName(dossier.Directory)}/ ({dossier.Files.Count} tệp Word / Word files)");
        }
        Console.WriteLine($"Báo cáo / reports: {directory}");
    }

    private static void Report(GeneratedReport report) =>
        Console.WriteLine($"  {Path.GetFileName(report.PdfPath ?? report.HtmlPath)}{(report.Manifest.PdfProblem is { } p ? " — PDF: " + p : "")}");
}
