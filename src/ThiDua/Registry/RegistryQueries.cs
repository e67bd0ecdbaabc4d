using System.Text.Json;
using Npgsql;
using ThiDua.Analytics;
using ThiDua.Attainment;
using ThiDua.Awards;
using ThiDua.Campaigns;
using ThiDua.Hosting;
using ThiDua.Indicators;
using ThiDua.Measurements;
using ThiDua.Periods;
using ThiDua.Ratings;
using ThiDua.Targets;
using ThiDua.Units;

namespace ThiDua.Registry;

/// <summary>Reads the current definitions and figures from the registry tables.</summary>
public static class RegistryQueries
{
    public static async Task<IReadOnlyList<Campaign>> CampaignsAsync(NpgsqlConnection conn, CancellationToken ct = default) =>
        await ListAsync<Campaign>(conn, "select definition::text from rm_campaigns order by code", null, ct);

    public static async Task<Campaign?> CampaignAsync(NpgsqlConnection conn, string code, CancellationToken ct = default) =>
        (await ListAsync<Campaign>(conn, "select definition::text from rm_campaigns where code = @c", code, ct)).FirstOrDefault();

    public static async Task<IReadOnlyList<Unit>> UnitsAsync(NpgsqlConnection conn, CancellationToken ct = default) =>
        await ListAsync<Unit>(conn, "select definition::text from rm_units order by code", null, ct);

    public static async Task<Unit?> UnitAsync(NpgsqlConnection conn, string code, CancellationToken ct = default) =>
        (await ListAsync<Unit>(conn, "select definition::text from rm_units where code = @c", code, ct)).FirstOrDefault();

    /// <summary>The units merged into <paramref name="code"/> (their <c>merged_into</c> names it), by code.</summary>
    public static async Task<IReadOnlyList<Unit>> MergedIntoAsync(NpgsqlConnection conn, string code, CancellationToken ct = default) =>
        await ListAsync<Unit>(conn, "select definition::text from rm_units where definition->>'mergedInto' = @c order by code", code, ct);

    public static async Task<IReadOnlyList<Indicator>> IndicatorsAsync(NpgsqlConnection conn, string campaign, CancellationToken ct = default) =>
        await ListAsync<Indicator>(conn, "select definition::text from rm_indicators where campaign = @c order by code", campaign, ct);

    public static async Task<IReadOnlyList<Target>> TargetsAsync(NpgsqlConnection conn, string campaign, CancellationToken ct = default) =>
        await ListAsync<Target>(conn, "select definition::text from rm_targets where campaign = @c order by unit, indicator", campaign, ct);

    /// <summary>
    /// Which (unit, indicator) pairs of the campaign have a target, without their definitions: all a measurements file
    /// is checked against. Decoding 83K target documents took 0.3–0.4 s of a 10K-row monthly import.
    /// </summary>
    public static async Task<HashSet<(string Unit, string Indicator)>> TargetKeysAsync(NpgsqlConnection conn, string campaign, CancellationToken ct = default)
    {
        var code = CodeTable();
        var keys = new HashSet<(string Unit, string Indicator)>();
        await using var cmd = new NpgsqlCommand("select unit, indicator from rm_targets where campaign = @c", conn);
        cmd.Parameters.AddWithValue("c", campaign);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) keys.Add((code(reader.GetString(0)), code(reader.GetString(1))));
        return keys;
    }

    /// <summary>How many targets each campaign has (campaigns without any are absent), as the registry keeps it (<see cref="TargetCounts"/>).</summary>
    public static async Task<Dictionary<string, int>> TargetCountsAsync(NpgsqlConnection conn, CancellationToken ct = default)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var cmd = new NpgsqlCommand("select campaign, targets from rm_target_counts where targets > 0", conn);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) counts[reader.GetString(0)] = reader.GetInt32(1);
        return counts;
    }

    public static async Task<IReadOnlyList<UnitRating>> RatingsAsync(NpgsqlConnection conn, string campaign, CancellationToken ct = default) =>
        await ListAsync<UnitRating>(conn, "select definition::text from rm_ratings where campaign = @c order by unit", campaign, ct);

    public static async Task<IReadOnlyList<AwardForm>> AwardFormsAsync(NpgsqlConnection conn, string campaign, CancellationToken ct = default) =>
        await ListAsync<AwardForm>(conn, "select definition::text from rm_award_forms where campaign = @c order by code", campaign, ct);

    public static async Task<IReadOnlyList<Clusters.Cluster>> ClustersAsync(NpgsqlConnection conn, CancellationToken ct = default) =>
        await ListAsync<Clusters.Cluster>(conn, "select definition::text from rm_clusters order by code", null, ct);

    /// <summary>The campaign's registrations by unit, then form (the campaign's own first).</summary>
    public static async Task<IReadOnlyList<Registrations.Registration>> RegistrationsAsync(NpgsqlConnection conn, string campaign, CancellationToken ct = default) =>
        await ListAsync<Registrations.Registration>(conn, "select definition::text from rm_registrations where campaign = @c order by unit, form", campaign, ct);

    public static async Task<IReadOnlyList<Measurement>> MeasurementsAsync(NpgsqlConnection conn, string campaign, CancellationToken ct = default)
    {
        var code = CodeTable();
        var list = new List<Measurement>();
        await using var cmd = new NpgsqlCommand(
            "select unit, indicator, period, value, note from rm_measurements where campaign = @c order by unit, indicator, period", conn);
        cmd.Parameters.AddWithValue("c", campaign);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            list.Add(new Measurement(campaign, code(reader.GetString(0)), code(reader.GetString(1)), YearMonth.FromIndex(reader.GetInt32(2)),
                reader.GetDecimal(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
        }
        return list;
    }

    /// <summary>
    /// The campaign's measurements grouped as the analytics need them, one row per (unit, indicator) with its months and
    /// values as arrays: a 1M-measurement campaign costs 83K rows of codes instead of 1M, so loading it allocates a third
    /// as much (the per-row codes made ≈ 140 MB of garbage that outgrew the young generation).
    /// </summary>
    public static async Task<MeasurementHistory> HistoryAsync(NpgsqlConnection conn, string campaign, CancellationToken ct = default)
    {
        var history = new MeasurementHistory();
        var code = CodeTable();
        // No "order by period" inside the aggregates (a sort per pair: +50 % on the server): walking the primary key the
        // months come in order anyway, and EndLoad puts any pair that does not in order.
        await using var cmd = new NpgsqlCommand("""
            select unit, indicator, array_agg(period), array_agg(value)
            from rm_measurements where campaign = @c group by unit, indicator order by unit, indicator
            """, conn);
        cmd.Parameters.AddWithValue("c", campaign);
        var readings = new List<Reading>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var periods = reader.GetFieldValue<int[]>(2);
            var values = reader.GetFieldValue<decimal[]>(3);
            readings.Clear();
            for (var i = 0; i < periods.Length; i++) readings.Add(new Reading(YearMonth.FromIndex(periods[i]), values[i]));
            history.LoadGroup(code(reader.GetString(0)), code(reader.GetString(1)), System.Runtime.InteropServices.CollectionsMarshal.AsSpan(readings));
        }
        return history.EndLoad();
    }

    // Codes repeat on every row: one string per distinct code, not one per row.
    private static Func<string, string> CodeTable()
    {
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        return s => codes.TryGetValue(s, out var known) ? known : codes[s] = s;
    }

    public static async Task<CampaignSnapshot?> SnapshotAsync(NpgsqlDataSource dataSource, string campaign, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        // One repeatable-read transaction, so the snapshot is consistent while imports commit.
        await using var tx = await conn.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        await RegistryTables.LockForReadingAsync(conn, ct);
        return await SnapshotAsync(conn, campaign, ct);
    }

    /// <summary>
    /// The snapshot read through the caller's connection (and transaction, if any); without
    /// <paramref name="measurements"/> its measurement list is left empty (read them with <see cref="HistoryAsync"/>).
    /// </summary>
    public static async Task<CampaignSnapshot?> SnapshotAsync(NpgsqlConnection conn, string campaign, CancellationToken ct = default, bool measurements = true)
    {
        var definition = await CampaignAsync(conn, campaign, ct);
        if (definition is null) return null;
        return new CampaignSnapshot(
            definition,
            (await UnitsAsync(conn, ct)).ToDictionary(u => u.Code, StringComparer.Ordinal),
            await IndicatorsAsync(conn, campaign, ct),
            await TargetsAsync(conn, campaign, ct),
            measurements ? await MeasurementsAsync(conn, campaign, ct) : [],
            await RatingsAsync(conn, campaign, ct),
            await AwardFormsAsync(conn, campaign, ct))
        {
            Locks = await PeriodLocksAsync(conn, campaign, ct),
            Decisions = await DecisionsAsync(conn, campaign, ct),
            Clusters = (await ClustersAsync(conn, ct)).ToDictionary(c => c.Code, StringComparer.Ordinal),
            Registrations = await RegistrationsAsync(conn, campaign, ct),
        };
    }

    /// <summary>The campaign's lock state, folded from its closes and reopens in the order recorded.</summary>
    public static async Task<Periods.Locks.PeriodLocks> PeriodLocksAsync(NpgsqlConnection conn, string campaign, CancellationToken ct = default) =>
        Periods.Locks.PeriodLocks.Fold(await ListAsync<Periods.Locks.PeriodChange>(conn,
            "select definition::text from rm_period_changes where campaign = @c order by version", campaign, ct));

    /// <summary>Every decision recorded on the campaign's candidates, in order (the last per candidate stands).</summary>
    public static async Task<IReadOnlyList<Awards.Deciding.AwardDecisionRecord>> DecisionsAsync(NpgsqlConnection conn, string campaign, CancellationToken ct = default) =>
        await ListAsync<Awards.Deciding.AwardDecisionRecord>(conn, "select definition::text from rm_award_decisions where campaign = @c order by version", campaign, ct);

    private static async Task<IReadOnlyList<T>> ListAsync<T>(NpgsqlConnection conn, string sql, string? campaign, CancellationToken ct)
    {
        var list = new List<T>();
        await using var cmd = new NpgsqlCommand(sql, conn);
        if (campaign is not null) cmd.Parameters.AddWithValue("c", campaign);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) list.Add(JsonSerializer.Deserialize<T>(reader.GetString(0), ThiDuaJson.Options)!);
        return list;
    }
}
