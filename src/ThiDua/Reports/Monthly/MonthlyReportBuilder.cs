using ThiDua.Analytics;
using ThiDua.Attainment;
using ThiDua.Periods;
using ThiDua.Reports.Shared;

namespace ThiDua.Reports.Monthly;

/// <summary>Builds the monthly report model from a snapshot taken as of the cut-off. Pure: no clock, no database.</summary>
public static class MonthlyReportBuilder
{
    /// <param name="snapshot">The campaign as of <paramref name="cutOff"/>.</param>
    /// <param name="corrections">Corrections already restricted to the report's window (see <see cref="CorrectionLog"/>).</param>
    public static MonthlyReport Build(CampaignSnapshot snapshot, YearMonth month, DateTimeOffset cutOff,
        IReadOnlyList<CorrectionEntry> corrections, ReportPanels? panels)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return Build(snapshot, CampaignAnalytics.Compute(snapshot, month), cutOff, corrections, panels);
    }

    /// <summary>As above, with the month's result the caller already computed (for the panels too).</summary>
    public static MonthlyReport Build(CampaignSnapshot snapshot, CampaignResult result, DateTimeOffset cutOff,
        IReadOnlyList<CorrectionEntry> corrections, ReportPanels? panels)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(corrections);
        var campaign = snapshot.Campaign;
        var month = result.Period;
        var lines = ReportLines.Indicators(snapshot, result);
        return new MonthlyReport(campaign, month, cutOff, ReportCutOff.PreviousMonthly(campaign, month),
            Summarize(lines), ReportLines.Rankings(snapshot, result), lines, Lagging(lines), corrections,
            Milestones.Of(campaign, cutOff), panels) { Locks = snapshot.Locks, EndedUnits = EndedUnits.In(snapshot, month) };
    }

    private static MonthlySummary Summarize(IReadOnlyList<IndicatorResultLine> lines)
    {
        var units = lines.GroupBy(l => l.Unit, StringComparer.Ordinal).ToList();
        var onTrack = units.Count(g => g.All(l => l.OnTrack));
        return new MonthlySummary(onTrack, units.Count - onTrack,
            lines.Count(l => l.IsMetOrExceeded),
            lines.Count(l => l.Status == AttainmentStatus.NotMet),
            lines.Count(l => l.Status == AttainmentStatus.NoData));
    }

    private static IReadOnlyList<LaggingIndicator> Lagging(IReadOnlyList<IndicatorResultLine> lines) =>
        lines.Where(l => !l.OnTrack)
            .GroupBy(l => l.Indicator, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new LaggingIndicator(g.Key, g.First().IndicatorName, g.OrderBy(l => l.Unit, StringComparer.Ordinal).ToList()))
            .ToList();
}
