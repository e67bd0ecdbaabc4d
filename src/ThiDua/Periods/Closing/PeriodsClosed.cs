using ThiDua.Periods.Locks;

namespace ThiDua.Periods.Closing;

/// <summary>A campaign's figures were closed ("chốt số liệu") up to and including <paramref name="Through"/>.</summary>
public sealed record PeriodsClosed(string CampaignCode, YearMonth Through, string ClosedBy, string? Reason, DateTimeOffset ClosedAt)
{
    public PeriodChange ToChange() => new(PeriodChangeKind.Closed, Through, Through, ClosedBy, ClosedAt, Reason);
}
