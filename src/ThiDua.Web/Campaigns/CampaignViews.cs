using ThiDua.Hosting;
using ThiDua.Periods;

namespace ThiDua.Web.Campaigns;

/// <summary>Loads a campaign for a page or chart (404 for an unknown campaign, 400 for a period outside it: <c>QueryRejections</c>).</summary>
public sealed class CampaignViews(ThiDuaRuntime runtime)
{
    public async Task<CampaignView> LoadAsync(string campaign, YearMonth? period, DateTimeOffset? asOf, CancellationToken ct)
    {
        var (snapshot, p) = await runtime.Analytics.ResolveAsync(campaign, period, asOf, ct);
        return new CampaignView(snapshot, p, asOf);
    }
}
