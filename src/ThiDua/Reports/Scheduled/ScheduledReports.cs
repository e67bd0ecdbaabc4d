using ThiDua.Periods;
using ThiDua.Registry;
using ThiDua.Scheduling;

namespace ThiDua.Reports.Scheduled;

/// <summary>
/// What the scheduled report jobs do: each running campaign's monthly report into the reports folder, and the
/// summary of each campaign whose final review has come, once (an existing summary is not written again), with its
/// award dossier in Word beside it once the campaign has ended — made again when the council's decisions come after it.
/// </summary>
/// <param name="documentsDirectory">Where the campaigns' document settings are (as <see cref="ReportService"/>'s); null: the default folder.</param>
public sealed class ScheduledReports(ReportService reports, Hosting.ThiDuaRuntime runtime, string outputDirectory, string? documentsDirectory = null) : IReportJobs
{
    public Task<IReadOnlyList<string>> GenerateMonthlyAsync(YearMonth month, DateTimeOffset cutOff, CancellationToken ct) =>
        InFolderAsync(() => MonthlyAsync(month, cutOff, ct));

    public Task<IReadOnlyList<string>> GenerateDueSummariesAsync(DateTimeOffset now, CancellationToken ct) =>
        InFolderAsync(() => DueSummariesAsync(now, ct));

    // A full disk or a folder that cannot be written fails the run with what, where and how to fix it (the run's message
    // on /jobs), not the OS's English text.
    private async Task<IReadOnlyList<string>> InFolderAsync(Func<Task<IReadOnlyList<string>>> run)
    {
        try
        {
            return await run();
        }
        catch (Exception e) when (Hosting.FileSystemErrors.Is(e))
        {
            throw ReportFolderException.From(e, outputDirectory);
        }
    }

    private async Task<IReadOnlyList<string>> MonthlyAsync(YearMonth month, DateTimeOffset cutOff, CancellationToken ct)
    {
        var missing = new List<string>();
        foreach (var campaign in await CampaignsAsync(ct))
        {
            if (!campaign.Contains(month)) continue;
            try
            {
                MissingPdf(await reports.GenerateMonthlyAsync(campaign.Code, month, cutOff, outputDirectory, ct), missing);
            }
            catch (Analytics.Querying.QueryRejectedException)
            {
                // Imported after the cut-off (a run made up or retried later, as of its due time): it had no report then.
            }
        }
        return missing;
    }

    // The HTML is written either way; a report without its PDF makes the run "partly failed", with the printer's reason.
    private static void MissingPdf(GeneratedReport report, List<string> missing)
    {
        if (report.Manifest.Pdf is null) missing.Add($"{report.Manifest.Html}: {report.Manifest.PdfProblem ?? "không có PDF / no PDF"}");
    }

    private async Task<IReadOnlyList<string>> DueSummariesAsync(DateTimeOffset now, CancellationToken ct)
    {
        var missing = new List<string>();
        var written = ReportFolder.List(outputDirectory)
            .Where(r => r.Manifest.Kind == ReportKind.Summary)
            .Select(r => r.Manifest.Campaign)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var campaign in await CampaignsAsync(ct))
        {
            var cutOff = ReportCutOff.Summary(campaign);
            if (now < cutOff) continue;
            if (written.Contains(campaign.Code))
            {
                await FollowDecisionsAsync(campaign, now, ct);
                continue;
            }
            try
            {
                MissingPdf(await reports.GenerateSummaryAsync(campaign.Code, cutOff, outputDirectory, ct), missing);
            }
            catch (Analytics.Querying.QueryRejectedException)
            {
                // The campaign was loaded after its review date (e.g. history imported late): report as of now.
                cutOff = now;
                MissingPdf(await reports.GenerateSummaryAsync(campaign.Code, now, outputDirectory, ct), missing);
            }
            await DossierAsync(campaign.Code, cutOff, now, ct);
        }
        return missing;
    }

    // The dossier is the summary's numbers in Word; a campaign reviewed before its last day gets it from the first run after.
    private async Task DossierAsync(string campaign, DateTimeOffset cutOff, DateTimeOffset now, CancellationToken ct)
    {
        var service = new Documents.Dossier.DossierService(runtime, new Charts.Png.PngChartRenderer());
        Documents.Settings.DossierSettings settings;
        try
        {
            settings = Documents.Settings.DossierSettingsFile.Load(campaign, directory: documentsDirectory);
        }
        catch (Analytics.Querying.QueryRejectedException)
        {
            // A broken settings file: the summary says so (its letterhead note); no dossier until it is mended, and the
            // other campaigns' reports go on.
            return;
        }
        try
        {
            await service.GenerateAsync(campaign, cutOff, outputDirectory, settings, ct);
        }
        catch (Analytics.Querying.QueryRejectedException) when (cutOff < now)
        {
            try
            {
                await service.GenerateAsync(campaign, now, outputDirectory, settings, ct);
            }
            catch (Analytics.Querying.QueryRejectedException)
            {
                // Not ended yet: the summary is written, the dossier waits (it is made by hand, or once the job sees it ended).
            }
        }
    }

    // A summary written earlier keeps its bytes, but its dossier follows the council: made as of now when the campaign
    // has ended and the dossier is missing (not ended at the summary) or older than the latest decision recorded.
    private async Task FollowDecisionsAsync(Campaigns.Campaign campaign, DateTimeOffset now, CancellationToken ct)
    {
        if (now < new DateTimeOffset(campaign.End.AddDays(1).ToDateTime(TimeOnly.MinValue), ReportCutOff.VietnamOffset)) return;
        var made = Documents.Dossier.DossierFolder.CutOff(outputDirectory, campaign.Code);
        var exists = Directory.Exists(Path.Combine(outputDirectory, Documents.Dossier.DossierFileNames.Folder(campaign.Code)));
        if (exists)
        {
            await using var conn = await runtime.DataSource.OpenConnectionAsync(ct);
            var decisions = await RegistryQueries.DecisionsAsync(conn, campaign.Code, ct);
            if (decisions.Count == 0 || (made is { } m && decisions.Max(d => d.DecidedAt) <= m)) return;
        }
        await DossierAsync(campaign.Code, now, now, ct);
    }

    private async Task<IReadOnlyList<Campaigns.Campaign>> CampaignsAsync(CancellationToken ct)
    {
        await using var conn = await runtime.DataSource.OpenConnectionAsync(ct);
        return await RegistryQueries.CampaignsAsync(conn, ct);
    }
}
