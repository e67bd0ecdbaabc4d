using Npgsql;
using ThiDua.Campaigns.Defining;
using ThiDua.EventStore.Reading;
using ThiDua.Registry;

namespace ThiDua.Analytics.Loading;

/// <summary>A campaign's snapshot now (from the registry tables) or as of a recorded time (folded from the events).</summary>
public sealed class SnapshotLoader(NpgsqlDataSource dataSource, EventReader reader)
{
    /// <param name="seen">As of a time only: called with each event folded, for a caller that needs some of them too
    /// (the monthly report's corrections) without reading the log a second time.</param>
    public async Task<CampaignSnapshot?> LoadAsync(string campaign, DateTimeOffset? asOf = null, CancellationToken ct = default, Action<StoredEvent>? seen = null)
    {
        if (asOf is null) return await RegistryQueries.SnapshotAsync(dataSource, campaign, ct);
        var folder = new SnapshotFolder(campaign);
        await foreach (var e in reader.ReadAllAsync(0, asOf, [DefineCampaign.StreamPrefix(campaign), "unit-", Clusters.Defining.DefineCluster.StreamPrefix], withMetadata: seen is not null, ct: ct))
        {
            folder.Evolve(e.Data);
            seen?.Invoke(e);
        }
        return folder.Snapshot();
    }

    /// <summary>
    /// The snapshot, or the rejection that says why there is none: no such campaign, or — asked as of a time — a
    /// campaign defined only later (a report or a query for a date before it was imported).
    /// </summary>
    public async Task<CampaignSnapshot> LoadOrRejectAsync(string campaign, DateTimeOffset? asOf, CancellationToken ct = default, Action<StoredEvent>? seen = null)
    {
        if (await LoadAsync(campaign, asOf, ct, seen) is { } snapshot) return snapshot;
        if (asOf is null) throw Querying.QueryRejectedException.UnknownCampaign(campaign);
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        throw await RegistryQueries.CampaignAsync(conn, campaign, ct) is null
            ? Querying.QueryRejectedException.UnknownCampaign(campaign)
            : Querying.QueryRejectedException.NotYetDefined(campaign, asOf.Value);
    }
}
