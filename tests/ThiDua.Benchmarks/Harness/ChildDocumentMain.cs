using System.Diagnostics;
using System.Globalization;
using System.Text;
using ThiDua.Analytics;
using ThiDua.Analytics.Output;
using ThiDua.Awards;
using ThiDua.Charts;
using ThiDua.Charts.Png;
using ThiDua.Documents.Dossier;
using ThiDua.Documents.Settings;
using ThiDua.Exports.Tables;
using ThiDua.Exports.Xlsx;
using ThiDua.Reports.Summary;

namespace ThiDua.Benchmarks.Harness;

/// <summary>
/// The child side of the document goals: builds its input, then times one way of writing it and prints
/// "seconds peakRssKb". Each way runs in its own process so its peak RSS is its own.
/// </summary>
public static class ChildDocumentMain
{
    public static int Run(string scenario, string rowsOrZero, string outDir)
    {
        Directory.CreateDirectory(outDir);
        var rows = int.Parse(rowsOrZero, CultureInfo.InvariantCulture);
        var clock = new Stopwatch();
        switch (scenario)
        {
            case "csv" or "xlsx":
            {
                var table = DossierCampaign.Attainment(rows);
                clock.Start();
                if (scenario == "csv")
                {
                    using var writer = new StreamWriter(Path.Combine(outDir, "attainment.csv"), false, new UTF8Encoding(false), 1 << 16);
                    AnalyticsCsv.WriteAttainment(writer, table);
                }
                else
                {
                    using var file = new FileStream(Path.Combine(outDir, "attainment.xlsx"), FileMode.Create);
                    XlsxWorkbookWriter.Write(file, AnalyticsSheets.Attainment(table));
                }
                break;
            }
            case "docx" or "html":
            {
                var snapshot = DossierCampaign.Snapshot();
                var result = CampaignAnalytics.Compute(snapshot, snapshot.Campaign.LastMonth);
                var awards = AwardJudge.Judge(snapshot, result.Attainment);
                clock.Start();
                var report = SummaryReportBuilder.Build(snapshot, result, awards, DateTimeOffset.UtcNow, null);
                if (report.Annex.Count < 100) throw new InvalidOperationException($"only {report.Annex.Count} candidates");
                if (scenario == "html")
                    File.WriteAllText(Path.Combine(outDir, "summary.html"), new SummaryReportHtml(new SvgChartRenderer()).Render(report));
                else
                {
                    var png = new PngChartRenderer();
                    var charts = DossierCharts.Render(report.Rankings.Select(g => (g.Chart.Title, (Func<byte[]>)(() => png.Render(g.Chart)))));
                    DossierWriter.Write(report, charts, DossierSettings.Blank, outDir);
                }
                break;
            }
            default:
                throw new ArgumentException("csv, xlsx, docx or html", nameof(scenario));
        }
        clock.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{clock.Elapsed.TotalSeconds:0.000} {PeakRss.Kb()}"));
        return 0;
    }
}
