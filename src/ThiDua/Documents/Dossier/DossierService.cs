using ThiDua.Analytics;
using ThiDua.Analytics.Querying;
using ThiDua.Awards;
using ThiDua.Charts;
using ThiDua.Charts.Mapping;
using ThiDua.Documents.Settings;
using ThiDua.Hosting;
using ThiDua.Reports.Summary;

namespace ThiDua.Documents.Dossier;

/// <summary>
/// Builds a finished campaign's award dossier (hồ sơ khen thưởng) as of a cut-off: the summary's model (the same
/// numbers as the summary PDF), its charts as PNG, then the Word documents. The cut-off is an argument, never the clock.
/// </summary>
public sealed class DossierService(ThiDuaRuntime runtime, IChartRenderer<byte[]> charts)
{
    /// <exception cref="QueryRejectedException">Unknown campaign (as of the cut-off), or one that has not ended by then.</exception>
    public async Task<GeneratedDossier> GenerateAsync(string campaign, DateTimeOffset cutOff, string outDir, DossierSettings settings, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var snapshot = await runtime.Snapshots.LoadOrRejectAsync(campaign, cutOff, ct);
        var c = snapshot.Campaign;
        // The campaign's last day ends at midnight, Vietnam time.
        var ended = new DateTimeOffset(c.End.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7));
        if (cutOff < ended)
            throw new QueryRejectedException(
                $"Phong trào {c.Code} chưa kết thúc (đến hết ngày {Reports.Html.ReportText.Date(c.End)}): hồ sơ khen thưởng lập khi phong trào đã kết thúc / " +
                $"campaign {c.Code} has not ended (it runs to {c.End:yyyy-MM-dd}): the award dossier is made once it has ended.");
        var result = CampaignAnalytics.Compute(snapshot, c.LastMonth);
        var awards = AwardJudge.Judge(snapshot, result.Attainment);
        var report = SummaryReportBuilder.Build(snapshot, result, awards, cutOff, null);
        var drawn = report.Rankings.Select(g => (g.Chart.Title, (Func<byte[]>)(() => charts.Render(g.Chart)))).ToList();
        if (awards.Count > 0)
        {
            var chart = CampaignCharts.Awards(snapshot, awards, new ChartFilter());
            drawn.Add((chart.Title, () => charts.Render(chart)));
        }
        return DossierWriter.Write(report, DossierCharts.Render(drawn), settings, outDir);
    }
}
