using Npgsql;
using ThiDua.Campaigns.Defining;
using ThiDua.Clusters.Defining;
using ThiDua.EventStore.Reading;
using ThiDua.Registry;
using ThiDua.Units.Defining;

namespace ThiDua.Analytics.Loading;

/// <summary>
/// A campaign's snapshot now (from the registry tables) or as of a recorded time. As of a time, the part of the
/// snapshot each stream holds is the registry's when the stream has no event recorded after that time (the registry
/// holds exactly its events), else that stream's fold up to the time (<see cref="SnapshotPatch"/>). A campaign unchanged
/// since is thus read like now, and a unit renamed five years later costs the fold of that unit's stream alone.
/// </summary>
public sealed class SnapshotLoader(NpgsqlDataSource dataSource, EventReader reader)
{
    /// <param name="seen">As of a time only: called with each event folded, in sequence order, for a caller that needs
    /// some of them too (the monthly report's corrections) without reading the log a second time; the whole snapshot is
    /// then folded.</param>
    public async Task<CampaignSnapshot?> LoadAsync(string campaign, DateTimeOffset? asOf = null, CancellationToken ct = default, Action<StoredEvent>? seen = null)
    {
        if (asOf is null) return await RegistryQueries.SnapshotAsync(dataSource, campaign, ct);
        if (seen is not null) return await FoldInSequenceAsync(campaign, asOf.Value, seen, ct);
        // Checks, registry read and fold share one repeatable-read transaction: an import committing meanwhile
        // cannot slip in between them.
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        await RegistryTables.LockForReadingAsync(conn, ct);
        var changes = await ChangesAsync(conn, campaign, asOf.Value, ct);
        var current = await RegistryQueries.SnapshotAsync(conn, campaign, ct);
        if (current is null || !changes.Any) return current;
        var events = await reader.ReadEachStreamAsync(conn, tx, changes.Streams, asOf.Value, ct);
        if (SnapshotPatch.TryApply(current, changes.Streams, events, out var patched)) return patched;
        return await FoldAsync(conn, tx, campaign, asOf.Value, ct);
    }

    /// <summary>The snapshot folded from all its events recorded up to <paramref name="asOf"/>, whatever came after.</summary>
    public async Task<CampaignSnapshot?> FoldAsync(string campaign, DateTimeOffset asOf, CancellationToken ct = default)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        await RegistryTables.LockForReadingAsync(conn, ct);
        return await FoldAsync(conn, tx, campaign, asOf, ct);
    }

    // Each stream in its own order: every key of the snapshot lives in one stream (SnapshotStreams), so no global sort.
    private async Task<CampaignSnapshot?> FoldAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string campaign, DateTimeOffset asOf, CancellationToken ct)
    {
        var folder = new SnapshotFolder(campaign);
        var streams = await EventReader.StreamIdsAsync(conn, Streams(campaign), ct);
        foreach (var e in await reader.ReadEachStreamAsync(conn, tx, streams, asOf, ct)) folder.Evolve(e.Data);
        return folder.Snapshot();
    }

    private async Task<CampaignSnapshot?> FoldInSequenceAsync(string campaign, DateTimeOffset asOf, Action<StoredEvent> seen, CancellationToken ct)
    {
        var folder = new SnapshotFolder(campaign);
        await foreach (var e in reader.ReadAllAsync(0, asOf, Streams(campaign), ct: ct))
        {
            folder.Evolve(e.Data);
            seen(e);
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

    private static async Task<SnapshotChanges> ChangesAsync(NpgsqlConnection conn, string campaign, DateTimeOffset asOf, CancellationToken ct)
    {
        var streams = await EventReader.StreamsRecordedAfterAsync(conn, Streams(campaign), asOf, ct);
        bool Any(string prefix) => streams.Any(s => s.StartsWith(prefix, StringComparison.Ordinal));
        return new(Any(DefineCampaign.StreamPrefix(campaign)), Any(DefineUnit.StreamPrefix), Any(DefineCluster.StreamPrefix)) { Streams = streams };
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
