using ThiDua.Campaigns;
using ThiDua.Periods;

namespace ThiDua.Attainment;

/// <summary>
/// How much of a campaign a period covers, in calendar months (SPEC §3 v2): <paramref name="Elapsed"/> = m, the months
/// from the campaign's first month through the period, and <paramref name="Months"/> = M, its first through its last
/// month. A campaign from 30/01 to 30/10 has M = 10 (January counts whole, as its figures do).
/// </summary>
public readonly record struct FlowShare(int Elapsed, int Months)
{
    public static FlowShare At(Campaign campaign, YearMonth period)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var months = campaign.MonthCount;
        return new FlowShare(Math.Clamp(period.MonthsSince(campaign.FirstMonth), 0, months), months);
    }

    /// <summary>The last month (or later): a flow is judged on the whole campaign, nothing is pro-rated.</summary>
    public bool IsWhole => Elapsed >= Months;

    /// <summary>A whole-campaign figure's share at this period, for display (the ratio has its own operand order): v × m ⁄ M.</summary>
    public decimal Of(decimal value) => IsWhole ? value : value * Elapsed / Months;
}
