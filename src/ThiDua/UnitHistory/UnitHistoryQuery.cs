using Npgsql;
using ThiDua.Analytics.Loading;
using ThiDua.EventStore.Reading;
using ThiDua.Registry;
using ThiDua.Units;
using ThiDua.Units.Defining;

namespace ThiDua.UnitHistory;

/// <summary>
/// A unit's record across every campaign, now or as of a recorded time: each campaign's snapshot is loaded as the
/// campaign page loads it (<see cref="SnapshotLoader"/>) and read by <see cref="UnitCampaignRecord"/>.
/// </summary>
public sealed class UnitHistoryQuery(NpgsqlDataSource dataSource, SnapshotLoader snapshots, EventReader events)
{
    /// <summary>The unit's record, or null when no such unit exists (or, as of a time, none had been imported yet).</summary>
    public async Task<UnitRecord?> LoadAsync(string unit, DateTimeOffset? asOf, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (asOf is { } at && (await events.ReadStreamAsync(DefineUnit.StreamId(unit), at, ct)).Count == 0) return null;
        Unit? found;
        IReadOnlyList<string> campaigns;
        Unit? successor = null;
        IReadOnlyList<Unit> mergedFrom = [];
        await using (var conn = await dataSource.OpenConnectionAsync(ct))
        {
            found = await RegistryQueries.UnitAsync(conn, unit, ct);
            if (found is null) return null;
            campaigns = await CampaignsWithAsync(conn, unit, ct);
            if (asOf is null)
                (successor, mergedFrom) = (found.MergedInto is { } s ? await RegistryQueries.UnitAsync(conn, s, ct) : null, await RegistryQueries.MergedIntoAsync(conn, unit, ct));
        }
        var rows = new List<UnitHistoryRow>();
        IReadOnlyDictionary<string, Unit>? unitsThen = null;
        foreach (var code in campaigns)
        {
            // Null: the campaign was imported after asOf. Targets and ratings are never removed, so the campaigns a unit
            // has rows in now include every one it took part in at an earlier time.
            var snapshot = await snapshots.LoadAsync(code, asOf, ct);
            if (snapshot is null) continue;
            unitsThen = snapshot.Units;
            if (snapshot.Units.TryGetValue(unit, out var then)) found = then; // its name and cluster as they stood
            if (UnitCampaignRecord.Of(snapshot, unit) is { } row) rows.Add(row);
        }
        // As of a time, the mergers as they then stood: any snapshot holds every unit as of that time.
        if (asOf is not null && unitsThen is not null)
            (successor, mergedFrom) = (found.MergedInto is { } s ? unitsThen.GetValueOrDefault(s) : null,
                unitsThen.Values.Where(u => u.MergedInto == unit).OrderBy(u => u.Code, StringComparer.Ordinal).ToList());
        var newestFirst = rows.OrderByDescending(r => r.End).ThenByDescending(r => r.Start).ThenBy(r => r.Campaign, StringComparer.Ordinal).ToList();
        return new UnitRecord(found, asOf, newestFirst) { Successor = successor, MergedFrom = mergedFrom };
    }

    /// <summary>"Có phải 'BK-CNTT'? / Did you mean 'BK-CNTT'?" for a stored unit code one letter away (or in other letter case); else null.</summary>
    public async Task<string?> GuessAsync(string unit, CancellationToken ct = default)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        var codes = (await RegistryQueries.UnitsAsync(conn, ct)).Select(u => u.Code).ToList();
        return codes.Contains(unit, StringComparer.Ordinal) ? null : Analytics.Querying.KnownCampaigns.Guess(unit, codes); // known now: imported after asOf
    }

    /// <summary>
    /// Only the campaigns where the unit has a target or a rating row: loading every campaign's snapshot for each unit
    /// would cost a national campaign's load (≈ 0,6 s) on every history page. Read by unit from the indexes of
    /// 016_registry_unit_index.sql (a scan of 1.7M targets took 0.7–0.9 s).
    /// </summary>
    internal const string CampaignsSql = """
        select campaign from rm_targets where unit = @u
        union select campaign from rm_ratings where unit = @u
        order by 1
        """;

    private static async Task<IReadOnlyList<string>> CampaignsWithAsync(NpgsqlConnection conn, string unit, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(CampaignsSql, conn);
        cmd.Parameters.AddWithValue("u", unit);
        var list = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) list.Add(reader.GetString(0));
        return list;
    }
}
