using Npgsql;
using ThiDua.Campaigns.Defining;
using ThiDua.Clusters.Defining;
using ThiDua.EventStore.Reading;
using ThiDua.Registry;
using ThiDua.Units.Defining;

namespace ThiDua.Analytics.Loading;

/// <summary>
/// A campaign's snapshot now (from the registry tables) or as of a recorded time. As of a time, each part of the
/// snapshot — the campaign's own streams, the units', the clusters' — with no event recorded after that time is the
/// registry's (it holds exactly those events); a part with one is folded from its events up to the time. A campaign
/// unchanged since is thus read like now, and a unit renamed five years later costs a fold of the units alone.
/// </summary>
public sealed class SnapshotLoader(NpgsqlDataSource dataSource, EventReader reader)
{
    /// <param name="seen">As of a time only: called with each event folded, for a caller that needs some of them too
    /// (the monthly report's corrections) without reading the log a second time; the whole snapshot is then folded.</param>
    public async Task<CampaignSnapshot?> LoadAsync(string campaign, DateTimeOffset? asOf = null, CancellationToken ct = default, Action<StoredEvent>? seen = null)
    {
        if (asOf is null) return await RegistryQueries.SnapshotAsync(dataSource, campaign, ct);
        if (seen is null)
        {
            // Checks, registry read and fold share one repeatable-read transaction: an import committing meanwhile
            // cannot slip in between them.
            await using var conn = await dataSource.OpenConnectionAsync(ct);
            await using var tx = await conn.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
            var changes = await ChangesAsync(conn, campaign, asOf.Value, ct);
            if (!changes.Campaign) return await FromRegistryAsync(conn, tx, campaign, asOf.Value, changes, ct);
        }
        return await FoldAsync(campaign, asOf.Value, ct, seen);
    }

    /// <summary>The snapshot folded from all its events recorded up to <paramref name="asOf"/>, whatever came after.</summary>
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

    /// <summary>Which parts of <paramref name="campaign"/>'s snapshot had an event recorded after <paramref name="asOf"/>.</summary>
    public async Task<SnapshotChanges> ChangesAsync(string campaign, DateTimeOffset asOf, CancellationToken ct = default)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        return await ChangesAsync(conn, campaign, asOf, ct);
    }

    /// <summary>The streams a campaign's snapshot is folded from: its own, every unit's and every cluster's.</summary>
    public static IReadOnlyCollection<string> Streams(string campaign) =>
        [DefineCampaign.StreamPrefix(campaign), DefineUnit.StreamPrefix, DefineCluster.StreamPrefix];

    private static async Task<SnapshotChanges> ChangesAsync(NpgsqlConnection conn, string campaign, DateTimeOffset asOf, CancellationToken ct) => new(
        await EventReader.AnyRecordedAfterAsync(conn, [DefineCampaign.StreamPrefix(campaign)], asOf, ct),
        await EventReader.AnyRecordedAfterAsync(conn, [DefineUnit.StreamPrefix], asOf, ct),
        await EventReader.AnyRecordedAfterAsync(conn, [DefineCluster.StreamPrefix], asOf, ct));

    // The campaign's part is the registry's; the units and clusters too unless one of theirs changed since, then
    // they are folded from their own streams up to the instant (no campaign event lives there, nor theirs elsewhere).
    private async Task<CampaignSnapshot?> FromRegistryAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string campaign, DateTimeOffset asOf, SnapshotChanges changes,
        CancellationToken ct)
    {
        var current = await RegistryQueries.SnapshotAsync(conn, campaign, ct);
        if (current is null || !changes.Any) return current;
        var folder = new SnapshotFolder(campaign);
        string[] prefixes = [.. changes.Units ? [DefineUnit.StreamPrefix] : Array.Empty<string>(), .. changes.Clusters ? [DefineCluster.StreamPrefix] : Array.Empty<string>()];
        await foreach (var e in reader.ReadStreamsAsync(conn, tx, 0, asOf, prefixes, withMetadata: false, ct)) folder.Evolve(e.Data);
        return current with
        {
            Units = changes.Units ? folder.FoldedUnits() : current.Units,
            Clusters = changes.Clusters ? folder.FoldedClusters() : current.Clusters,
        };
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
