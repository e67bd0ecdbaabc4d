using ThiDua.Analytics.Projecting;
using ThiDua.EventStore.Appending;
using ThiDua.Hosting;
using ThiDua.Periods;
using ThiDua.Web.Caching;

namespace ThiDua.Web.Api;

/// <summary>The analytics projection's fresh rows, kept in memory until the next append.</summary>
public sealed class FreshAnalyticsCache(ThiDuaRuntime runtime, ChangeFeed feed)
{
    private readonly NotifiedCache<(string Campaign, int? Period, string Kind), string> _rows = new(feed, PostgresEventStore.AppendedChannel);

    public Task<string?> GetAsync(string campaign, YearMonth? period, string kind, CancellationToken ct) =>
        _rows.GetAsync((campaign, period?.Index, kind), () => StoredAnalytics.FreshJsonAsync(runtime.DataSource, campaign, period, kind, ct));
}
