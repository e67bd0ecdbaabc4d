using ThiDua.Campaigns;
using ThiDua.EventStore.Appending;
using ThiDua.Periods;
using ThiDua.Registry;
using ThiDua.Web.Caching;
using ThiDua.Web.Replicas;

namespace ThiDua.Web.Campaigns;

/// <summary>
/// A campaign's default period (its latest reported month) for a page that does not load the whole campaign: one scan
/// of the campaign's measurements, kept per campaign and log position until the change feed reports an append.
/// </summary>
public sealed class DefaultPeriods(ChangeFeed feed, CampaignViews views, ReadDatabase reads)
{
    private readonly NotifiedCache<(string Campaign, long Position), string> _periods = new(feed, PostgresEventStore.AppendedChannel, 1024);

    public async Task<YearMonth> OfAsync(Campaign campaign, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var read = reads.Current;
        var position = await views.LastPositionAsync(ct);
        var text = await _periods.GetAsync((campaign.Code, position),
            async () => (await PairSnapshot.DefaultPeriodAsync(read.Runtime.DataSource, campaign, ct)).ToString(), () => reads.MayKeep(read));
        return YearMonth.Parse(text!);
    }
}
