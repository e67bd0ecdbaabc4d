using ThiDua.Analytics.Projecting;
using ThiDua.EventStore.Appending;
using ThiDua.Periods;
using ThiDua.Web.Caching;
using ThiDua.Web.Replicas;

namespace ThiDua.Web.Api;

/// <summary>The analytics projection's fresh rows, kept in memory until the next append (read from the standby when in use).</summary>
public sealed class FreshAnalyticsCache(ReadDatabase reads, ChangeFeed feed)
{
    private readonly NotifiedCache<(string Campaign, int? Period, string Kind), string> _rows = new(feed, PostgresEventStore.AppendedChannel);

    public Task<string?> GetAsync(string campaign, YearMonth? period, string kind, CancellationToken ct)
    {
        var read = reads.Current;
        return _rows.GetAsync((campaign, period?.Index, kind), () => StoredAnalytics.FreshJsonAsync(read.Runtime.DataSource, campaign, period, kind, ct),
            () => reads.MayKeep(read));
    }
}
