using Microsoft.AspNetCore.Http;
using ThiDua.EventStore.Appending;
using ThiDua.Web.Caching;

namespace ThiDua.Web.Campaigns;

/// <summary>
/// The campaign page's rendered content, kept until the data changes: the page of a 7,000-unit campaign took
/// ≈ 0,1 s of CPU to draw from the kept view on every request, the same bytes for every reader. Keyed by the
/// campaign, the query as written (cluster, period, asOf, the tables' pages) and the log's last position, so an
/// import — ours or another process's — is seen on the next request even before its notification arrives, and
/// dropped with everything else when the change feed reports an append. At most <see cref="Capacity"/> bodies.
/// </summary>
public sealed class CampaignPageBodies(ChangeFeed feed, CampaignViews views)
{
    /// <summary>Bodies kept at once: ≈ 0,5 MB each at national size (one page of 500 ranking rows and the charts).</summary>
    public const int Capacity = 64;

    private readonly NotifiedCache<(string Campaign, string Query, long Position), CampaignDashboardPage.Body> _bodies =
        new(feed, PostgresEventStore.AppendedChannel, Capacity);

    public async Task<CampaignDashboardPage.Body> GetAsync(string campaign, HttpRequest request,
        Func<Task<CampaignDashboardPage.Body>> render, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var position = await views.LastPositionAsync(ct);
        var query = string.Join('&', new[] { "cluster", "period", "asOf", CampaignDashboardPage.RankingPage, CampaignDashboardPage.AwardsPage }
            .Select(name => name + "=" + request.Query[name].ToString()));
        return (await _bodies.GetAsync((campaign, query, position), async () => await render()))!;
    }
}
