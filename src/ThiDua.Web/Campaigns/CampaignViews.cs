using ThiDua.Analytics;
using ThiDua.Hosting;
using ThiDua.Periods;
using ThiDua.Web.Errors;

namespace ThiDua.Web.Campaigns;

/// <summary>Loads a campaign for a page or chart: 404 for an unknown campaign, 400 for a period outside it.</summary>
public sealed class CampaignViews(ThiDuaRuntime runtime)
{
    public async Task<CampaignView> LoadAsync(string campaign, YearMonth? period, DateTimeOffset? asOf, CancellationToken ct)
    {
        var snapshot = await runtime.Analytics.LoadAsync(campaign, asOf, ct);
        var p = period ?? CampaignAnalytics.DefaultPeriod(snapshot);
        var c = snapshot.Campaign;
        if (!c.Contains(p))
            throw RequestRejectedException.BadRequest(
                $"Kỳ {p} nằm ngoài phong trào {c.Code} ({c.FirstMonth}–{c.LastMonth}) / period {p} is outside campaign {c.Code} ({c.FirstMonth} to {c.LastMonth}).");
        return new CampaignView(snapshot, p, asOf);
    }
}
