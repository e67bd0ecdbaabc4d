using ThiDua.Campaigns;
using ThiDua.Periods;

namespace ThiDua.PreviousYear;

/// <summary>
/// The month of last year's campaign compared with this year's: the same position in the campaign (its n-th month), so
/// a finished last year is read where it stood then, not at its end. A shorter last year is read at its last month.
/// </summary>
public static class SameMonth
{
    /// <summary>The month, and whether last year ran short of it (then its last month).</summary>
    public static (YearMonth Month, bool Clamped) In(Campaign current, YearMonth period, Campaign previous)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);
        var month = previous.FirstMonth.AddMonths(Position(current, period) - 1);
        return month > previous.LastMonth ? (previous.LastMonth, true) : (month, false);
    }

    /// <summary>The period's place in its campaign, 1 for the first month.</summary>
    public static int Position(Campaign campaign, YearMonth period)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return Math.Max(1, period.MonthsSince(campaign.FirstMonth));
    }
}
