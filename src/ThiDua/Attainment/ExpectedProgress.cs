using ThiDua.Campaigns;
using ThiDua.Indicators;
using ThiDua.Periods;

namespace ThiDua.Attainment;

/// <summary>The value a unit should have reached by a period, for the monthly report (SPEC §3).</summary>
public static class ExpectedProgress
{
    /// <summary>
    /// <c>sum</c> indicators accumulate, so the target is spread evenly over the campaign's months:
    /// T × (months from the first month to the period, inclusive) ⁄ (months in the campaign).
    /// Stocks, rates and tasks are judged against T itself. Unrounded.
    /// </summary>
    public static decimal Expected(Aggregation aggregation, decimal target, Campaign campaign, YearMonth period)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        if (aggregation != Aggregation.Sum) return target;
        var months = campaign.MonthCount;
        var elapsed = Math.Clamp(period.MonthsSince(campaign.FirstMonth), 0, months);
        // Literally T × (elapsed ⁄ months), the spec's operand order.
        return target * ((decimal)elapsed / months);
    }
}
