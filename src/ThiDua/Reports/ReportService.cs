using System.Text;
using ThiDua.Analytics;
using ThiDua.Analytics.Querying;
using ThiDua.Awards;
using ThiDua.Charts;
using ThiDua.Dashboards;
using ThiDua.EventStore.Reading;
using ThiDua.Hosting;
using ThiDua.Measurements.Recording;
using ThiDua.Periods;
using ThiDua.Reports.Html;
using ThiDua.Reports.Monthly;
using ThiDua.Reports.Pdf;
using ThiDua.Reports.Shared;
using ThiDua.Reports.Summary;

namespace ThiDua.Reports;

/// <summary>
/// Writes the reports: loads the campaign as of the cut-off, builds the model, renders one HTML document,
/// prints it to PDF, and writes a JSON sidecar. The cut-off is an argument, never the clock, so a report
/// regenerated later for the same cut-off has the same HTML, byte for byte.
/// </summary>
/// <param name="documentsDirectory">Where the campaigns' document settings (<c>{campaign}.json</c>: issuer, signer…) are;
/// null: <see cref="Documents.Settings.DossierSettingsFile.DefaultDirectory"/>.</param>
public sealed class ReportService(ThiDuaRuntime runtime, IPdfPrinter printer, DashboardCatalog dashboards, string? documentsDirectory = null)
{
    // The dashboard definitions the reports embed, if the catalog has them: the same files the web pages render.
    private const string MonthlyDashboard = "leadership";
    private const string SummaryDashboard = "awards";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly IChartRenderer _charts = new SvgChartRenderer();

    /// <exception cref="QueryRejectedException">Unknown campaign (as of the cut-off) or a month outside it.</exception>
    public async Task<GeneratedReport> GenerateMonthlyAsync(string campaign, YearMonth month, DateTimeOffset cutOff, string outDir, CancellationToken ct = default)
    {
        var corrected = new List<StoredEvent>();
        var snapshot = await LoadAsync(campaign, cutOff, ct, e => { if (e.Data is MeasurementCorrected) corrected.Add(e); });
        var c = snapshot.Campaign;
        if (!c.Contains(month))
            throw new QueryRejectedException(
                $"Kỳ {Formatting.VietnameseDates.Month(month)} nằm ngoài phong trào {c.Code} ({Formatting.VietnameseDates.Span(c.FirstMonth, c.LastMonth)}) / month {month} is outside campaign {c.Code} ({c.FirstMonth} to {c.LastMonth}).");
        var corrections = CorrectionLog.Between(corrected, snapshot, ReportCutOff.PreviousMonthly(c, month), cutOff);
        var result = CampaignAnalytics.Compute(snapshot, month);
        var panels = Panels(MonthlyDashboard, snapshot, result, () => CampaignAnalytics.Awards(snapshot), cutOff);
        var report = MonthlyReportBuilder.Build(snapshot, result, cutOff, corrections, panels) with { Letterhead = Letterhead(c.Code) };
        var html = new MonthlyReportHtml(_charts).Render(report);
        return await WriteAsync(outDir, ReportFileNames.Monthly(c.Code, month), html, cutOff,
            (htmlFile, pdf, problem) => new ReportManifest(c.Code, c.Name, ReportKind.Monthly, month, cutOff, htmlFile, pdf, problem), ct);
    }

    /// <exception cref="QueryRejectedException">Unknown campaign (as of the cut-off).</exception>
    public async Task<GeneratedReport> GenerateSummaryAsync(string campaign, DateTimeOffset cutOff, string outDir, CancellationToken ct = default)
    {
        var snapshot = await LoadAsync(campaign, cutOff, ct);
        var c = snapshot.Campaign;
        var result = CampaignAnalytics.Compute(snapshot, c.LastMonth);
        var awards = AwardJudge.Judge(snapshot, result.Attainment);
        var panels = Panels(SummaryDashboard, snapshot, result, () => awards, cutOff);
        var html = new SummaryReportHtml(_charts).Render(SummaryReportBuilder.Build(snapshot, result, awards, cutOff, panels) with { Letterhead = Letterhead(c.Code) });
        return await WriteAsync(outDir, ReportFileNames.Summary(c.Code), html, cutOff,
            (htmlFile, pdf, problem) => new ReportManifest(c.Code, c.Name, ReportKind.Summary, ReportCutOff.SummaryMonth(c), cutOff, htmlFile, pdf, problem), ct);
    }

    private async Task<CampaignSnapshot> LoadAsync(string campaign, DateTimeOffset cutOff, CancellationToken ct, Action<StoredEvent>? seen = null) =>
        await runtime.Snapshots.LoadOrRejectAsync(campaign, cutOff, ct, seen);

    private ReportLetterhead Letterhead(string campaign)
    {
        try
        {
            return new ReportLetterhead(Documents.Settings.DossierSettingsFile.Load(campaign, directory: documentsDirectory));
        }
        catch (QueryRejectedException e)
        {
            return ReportLetterhead.Blank with { Problem = e.Message };
        }
    }

    private ReportPanels? Panels(string name, CampaignSnapshot snapshot, CampaignResult result, Func<IReadOnlyList<AwardRow>> awards, DateTimeOffset cutOff)
    {
        DashboardDefinition? dashboard;
        try
        {
            dashboard = dashboards.Find(name);
        }
        catch (DashboardDefinitionException e)
        {
            // One broken definition file must not stop the month's reports: they are written without its panels, saying why.
            return new ReportPanels(name, name, [], e.Message);
        }
        if (dashboard is null) return null;
        var selection = new DashboardSelection(snapshot.Campaign.Code, result.Period, cutOff);
        var panels = new DashboardRenderer(_charts, printHeightPerWidth: ReportStyles.ChartHeightPerWidth).Render(dashboard, snapshot, selection, result, awards);
        return new ReportPanels(name, dashboard.Title, panels);
    }

    private async Task<GeneratedReport> WriteAsync(string outDir, string baseName, string html, DateTimeOffset cutOff,
        Func<string, string?, string?, ReportManifest> manifest, CancellationToken ct)
    {
        Directory.CreateDirectory(outDir);
        var htmlFile = baseName + ".html";
        var pdfFile = baseName + ".pdf";
        var htmlPath = Path.Combine(outDir, htmlFile);
        var pdfPath = Path.Combine(outDir, pdfFile);
        var manifestPath = Path.Combine(outDir, ReportFileNames.ManifestFor(htmlFile));
        // Write beside and move, so a reader (the web page) never sees half a report. A report written again replaces the
        // old one whole: once the new HTML is complete (a full disk before that leaves the old report as it was), the old
        // sidecar — what /reports lists — and PDF go, then the HTML takes its name. A run cut short while printing (killed,
        // cancelled, the disk filling) so leaves the report unlisted until it runs again, never the old sidecar and PDF
        // listed beside the new HTML (another cut-off, other figures).
        await AtomicFile.WriteAsync(htmlPath, async temporary =>
        {
            await File.WriteAllTextAsync(temporary, html, Utf8, ct);
            File.Delete(manifestPath);
            File.Delete(pdfPath);
        });
        string? problem = null;
        // Chromium prints to a temporary name in the same folder; it is dated, then renamed to the PDF's name only when
        // complete, so a full disk or a killed Chromium leaves no half PDF under the final name, and no temporary file.
        try
        {
            await AtomicFile.WriteAsync(pdfPath, async printing =>
            {
                await printer.PrintAsync(htmlPath, printing, ct);
                await PdfReproducible.MakeAsync(printing, cutOff, ct);
            });
        }
        catch (PdfPrintException e)
        {
            problem = e.Message;
            // The HTML is new: an older PDF beside it would be another report's; the manifest says there is no PDF.
            AtomicFile.TryDelete(pdfPath);
        }
        var report = new GeneratedReport(outDir, manifest(htmlFile, problem is null ? pdfFile : null, problem));
        ReportFolder.WriteManifest(report);
        return report;
    }
}
