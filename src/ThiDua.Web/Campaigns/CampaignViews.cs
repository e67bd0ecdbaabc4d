using ThiDua.Analytics;
using ThiDua.Analytics.Querying;
using ThiDua.Periods;
using ThiDua.Web.Caching;
using ThiDua.Web.Replicas;

namespace ThiDua.Web.Campaigns;

/// <summary>
/// Loads a campaign for a page or chart (404 for an unknown campaign, 400 for a period outside it: <c>QueryRejections</c>).
/// The campaign being browsed now is kept until the next change: a leader goes from the campaign page to a unit, an
/// indicator, a dashboard, and a campaign of 1M measurements took 0,6 s to load for each. One campaign only, so
/// memory holds at most one; answers "as of" a time are not kept. It is dropped when the change feed reports an
/// append, and, so as not to wait for that notice, when the log's last position has moved (one index probe). Read from
/// the standby when it is in use: its own last position is the one compared.
/// </summary>
public sealed class CampaignViews(ReadDatabase reads, ChangeFeed feed)
{
    private sealed record Kept(long Generation, long Position, CampaignView View);

    private Kept? _kept;

    public async Task<CampaignView> LoadAsync(string campaign, YearMonth? period, DateTimeOffset? asOf, CancellationToken ct)
    {
        var read = reads.Current;
        if (asOf is not null || !feed.Listening)
        {
            var (snapshot, p) = await read.Runtime.Analytics.ResolveAsync(campaign, period, asOf, ct);
            return new CampaignView(snapshot, p, asOf);
        }
        var generation = feed.Generation;
        var position = await LastPositionAsync(read, ct);
        var kept = Volatile.Read(ref _kept);
        if (kept is not null && kept.Generation == generation && kept.Position == position && kept.View.Snapshot.Campaign.Code == campaign)
        {
            var cached = kept.View.Snapshot;
            var p = period ?? CampaignAnalytics.DefaultPeriod(cached);
            if (!cached.Campaign.Contains(p)) throw QueryRejectedException.PeriodOutside(cached.Campaign, p);
            if (p == kept.View.Period) return kept.View;
            return Keep(kept with { View = new CampaignView(cached, p, null) });
        }
        var (loaded, resolved) = await read.Runtime.Analytics.ResolveAsync(campaign, period, null, ct);
        var view = new CampaignView(loaded, resolved, null);
        // Kept only if nothing changed while it loaded: the cache never answers what the database would not.
        return feed.Listening && feed.Generation == generation && reads.MayKeep(read) ? Keep(new Kept(generation, position, view)) : view;
    }

    private CampaignView Keep(Kept kept)
    {
        Volatile.Write(ref _kept, kept);
        return kept.View;
    }

    /// <summary>The last position of the log pages read now (primary or standby; one index probe): a kept answer older than it is stale.</summary>
    public Task<long> LastPositionAsync(CancellationToken ct) => LastPositionAsync(reads.Current, ct);

    private static async Task<long> LastPositionAsync(ReadChoice read, CancellationToken ct)
    {
        await using var cmd = read.Runtime.DataSource.CreateCommand("select coalesce(max(seq), 0) from es_events");
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }
}
