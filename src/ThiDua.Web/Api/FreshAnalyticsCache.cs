using ThiDua.Analytics.Projecting;
using ThiDua.EventStore.Appending;
using ThiDua.Periods;
using ThiDua.Web.Caching;
using ThiDua.Web.Replicas;

namespace ThiDua.Web.Api;

/// <summary>
/// The analytics projection's fresh rows, kept in memory until the next append (read from the standby when in use), as
/// the UTF-8 bytes an answer sends (<see cref="StoredJson"/>): encoded once, not on every request.
/// </summary>
public sealed class FreshAnalyticsCache(ReadDatabase reads, ChangeFeed feed)
{
    private readonly NotifiedCache<(string Campaign, int? Period, string Kind), StoredJson> _rows = new(feed, PostgresEventStore.AppendedChannel);

    /// <summary>The rows already in memory, or null: no load, no closure (every request after the first takes this path).</summary>
    public StoredJson? Cached(string campaign, YearMonth? period, string kind) => _rows.Cached((campaign, period?.Index, kind));

    public Task<StoredJson?> GetAsync(string campaign, YearMonth? period, string kind, CancellationToken ct)
    {
        var read = reads.Current;
        return _rows.GetAsync((campaign, period?.Index, kind), async () => await StoredAnalytics.FreshJsonAsync(read.Runtime.DataSource, campaign, period, kind, ct) is { } json ? StoredJson.Of(json) : null,
            () => reads.MayKeep(read));
    }
}
