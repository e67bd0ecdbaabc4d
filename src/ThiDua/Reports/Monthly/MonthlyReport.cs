using ThiDua.Campaigns;
using ThiDua.Periods;
using ThiDua.Reports.Shared;

namespace ThiDua.Reports.Monthly;

/// <summary>Everything the monthly progress report shows, computed as of <paramref name="CutOff"/>; rendering only lays it out.</summary>
/// <param name="PreviousCutOff">Start (exclusive) of the corrections window; null for the campaign's first month.</param>
public sealed record MonthlyReport(
    Campaign Campaign,
    YearMonth Month,
    DateTimeOffset CutOff,
    DateTimeOffset? PreviousCutOff,
    MonthlySummary Summary,
    IReadOnlyList<ClusterRanking> Rankings,
    IReadOnlyList<IndicatorResultLine> Indicators,
    IReadOnlyList<LaggingIndicator> Lagging,
    IReadOnlyList<CorrectionEntry> Corrections,
    IReadOnlyList<Milestone> Milestones,
    ReportPanels? Panels)
{
    /// <summary>Who issues and signs it (NĐ 30 heading, Nơi nhận, signer): the campaign's document settings, blanks without.</summary>
    public ReportLetterhead Letterhead { get; init; } = ReportLetterhead.Blank;

    /// <summary>The closed months as they stood at the cut-off (v2).</summary>
    public Periods.Locks.PeriodLocks Locks { get; init; } = Periods.Locks.PeriodLocks.None;

    /// <summary>The campaign's units ended by the report's month, which its tables leave out (<see cref="Shared.EndedUnits"/>).</summary>
    public IReadOnlyList<string> EndedUnits { get; init; } = [];
}
