using ThiDua.Periods.Locks;

namespace ThiDua.Periods.Reopening;

/// <summary>
/// A campaign's <paramref name="Month"/> and every later month were opened again for corrections, for <paramref name="Reason"/>;
/// <paramref name="ClosedThrough"/> is what stayed closed (null: nothing, the campaign's first month was reopened).
/// </summary>
public sealed record PeriodsReopened(string CampaignCode, YearMonth Month, YearMonth? ClosedThrough, string Reason, string ReopenedBy, DateTimeOffset ReopenedAt)
{
    public PeriodChange ToChange() => new(PeriodChangeKind.Reopened, Month, ClosedThrough, ReopenedBy, ReopenedAt, Reason);
}
