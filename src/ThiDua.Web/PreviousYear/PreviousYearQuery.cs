using ThiDua.Hosting;
using ThiDua.PreviousYear;
using ThiDua.Web.Campaigns;

namespace ThiDua.Web.PreviousYear;

/// <summary>
/// A campaign page's view against its previous campaign, by the domain's one reading (<see cref="ThiDua.PreviousYear.PreviousYearQuery"/>,
/// <c>thidua previous-year</c>'s too). Last year's snapshot is loaded beside the page's view, not through
/// <see cref="CampaignViews"/>, which keeps one campaign and would drop the page's.
/// </summary>
public static class PreviousYearQuery
{
    /// <summary>The comparison; null when the campaign has no previous campaign (or, as of a time, it had not been imported yet).</summary>
    public static Task<PreviousYearComparison?> CompareAsync(CampaignView view, ThiDuaRuntime runtime, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(view);
        return ThiDua.PreviousYear.PreviousYearQuery.CompareAsync(runtime, view.Snapshot, view.Period, view.Result.Ranking, view.AsOf, ct);
    }
}
