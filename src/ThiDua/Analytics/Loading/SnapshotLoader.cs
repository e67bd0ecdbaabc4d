using Npgsql;
using ThiDua.Campaigns.Defining;
using ThiDua.EventStore.Reading;
using ThiDua.Registry;

namespace ThiDua.Analytics.Loading;

/// <summary>
/// A campaign's snapshot now (from the registry tables) or as of a recorded time: folded from the events, or — when no
/// event the snapshot is folded from was recorded after that time — the registry's, which is then the same snapshot.
/// </summary>
public sealed class SnapshotLoader(NpgsqlDataSource dataSource, EventReader reader)
{
    /// <param name="seen">As of a time only: called with each event folded, for a caller that needs some of them too
    /// (the monthly report's corrections) without reading the log a second time.</param>
    public async Task<CampaignSnapshot?> LoadAsync(string campaign, DateTimeOffset? asOf = null, CancellationToken ct = default, Action<StoredEvent>? seen = null)
    {
        if (asOf is null) return await RegistryQueries.SnapshotAsync(dataSource, campaign, ct);
        if (seen is null)
        {
            // The check and the registry read share one repeatable-read transaction: an import committing between
            // them cannot slip in an event after the instant.
            await using var conn = await dataSource.OpenConnectionAsync(ct);
            await using var tx = await conn.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
            if (!await EventReader.AnyRecordedAfterAsync(conn, Streams(campaign), asOf.Value, ct)) return await RegistryQueries.SnapshotAsync(conn, campaign, ct);
        }
        return await FoldAsync(campaign, asOf.Value, ct, seen);
    }

    /// <summary>The snapshot folded from the events recorded up to <paramref name="asOf"/>, whatever came after.</summary>
    public async Task<CampaignSnapshot?> FoldAsync(string campaign, DateTimeOffset asOf, CancellationToken ct = default, Action<StoredEvent>? seen = null)
    {
        var folder = new SnapshotFolder(campaign);
        await foreach (var e in reader.ReadAllAsync(0, asOf, Streams(campaign), withMetadata: seen is not null, ct: ct))
        {
            folder.Evolve(e.Data);
            seen?.Invoke(e);
        }
        return folder.Snapshot();
    }

    /// <summary>True when no event a snapshot of <paramref name="campaign"/> is folded from was recorded after
    /// <paramref name="asOf"/>: its answer as of then is its answer now.</summary>
    public async Task<bool> UnchangedSinceAsync(string campaign, DateTimeOffset asOf, CancellationToken ct = default)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        return !await EventReader.AnyRecordedAfterAsync(conn, Streams(campaign), asOf, ct);
    }

    /// <summary>The streams a campaign's snapshot is folded from: its own, every unit's and every cluster's.</summary>
    public static IReadOnlyCollection<string> Streams(string campaign) =>
        [DefineCampaign.StreamPrefix(campaign), Units.Defining.DefineUnit.StreamPrefix, Clusters.Defining.DefineCluster.StreamPrefix];

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
