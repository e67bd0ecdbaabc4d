using Npgsql;
using ThiDua.Analytics;
using ThiDua.Measurements;
using ThiDua.Periods;
using ThiDua.Targets;
using ThiDua.Units;

namespace ThiDua.Registry;

/// <summary>
/// The slice of a campaign's current snapshot that explains one (unit, indicator): the campaign, its indicators and
/// locks, the unit, its target for the indicator and that pair's measurements — a handful of rows where the whole
/// snapshot of a national campaign is a million. The explanation computed from it is the one computed from the whole
/// snapshot (a ratio reads nothing else), so a provenance page no longer loads the campaign to explain one number.
/// </summary>
public static class PairSnapshot
{
    /// <summary>The slice, or null when the campaign does not exist; its target list is empty when the pair has none.</summary>
    public static async Task<CampaignSnapshot?> LoadAsync(NpgsqlDataSource dataSource, string campaign, string unit, string indicator, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        // One repeatable-read transaction, as the whole snapshot is read: consistent while imports commit.
        await using var tx = await conn.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        var definition = await RegistryQueries.CampaignAsync(conn, campaign, ct);
        if (definition is null) return null;
        var units = await RegistryQueries.ListAsync<Unit>(conn, "select definition::text from rm_units where code = @c", unit, ct);
        var targets = new List<Target>();
        await using (var cmd = Pair(conn, "select definition::text from rm_targets where campaign = @c and unit = @u and indicator = @i", campaign, unit, indicator))
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) targets.Add(System.Text.Json.JsonSerializer.Deserialize<Target>(reader.GetString(0), Hosting.ThiDuaJson.Options)!);
        var measurements = await MeasurementsAsync(conn, campaign, unit, indicator, ct);
        var snapshot = new CampaignSnapshot(definition, units.ToDictionary(u => u.Code, StringComparer.Ordinal),
            await RegistryQueries.IndicatorsAsync(conn, campaign, ct), targets, measurements, [], [])
        {
            Locks = await RegistryQueries.PeriodLocksAsync(conn, campaign, ct),
        };
        return snapshot;
    }

    private static async Task<IReadOnlyList<Measurement>> MeasurementsAsync(NpgsqlConnection conn, string campaign, string unit, string indicator, CancellationToken ct)
    {
        var list = new List<Measurement>();
        await using var cmd = Pair(conn, "select period, value, note from rm_measurements where campaign = @c and unit = @u and indicator = @i order by period",
            campaign, unit, indicator);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            list.Add(new Measurement(campaign, unit, indicator, YearMonth.FromIndex(reader.GetInt32(0)), reader.GetDecimal(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        return list;
    }

    private static NpgsqlCommand Pair(NpgsqlConnection conn, string sql, string campaign, string unit, string indicator)
    {
        var cmd = new NpgsqlCommand(sql, conn);
        cmd.Parameters.AddWithValue("c", campaign);
        cmd.Parameters.AddWithValue("u", unit);
        cmd.Parameters.AddWithValue("i", indicator);
        return cmd;
    }

    /// <summary>
    /// <see cref="CampaignAnalytics.DefaultPeriod(CampaignSnapshot)"/> read in SQL: the latest month inside the campaign
    /// with any measurement, else its first month. A scan of the campaign's rows: callers keep it until the data changes.
    /// </summary>
    public static async Task<YearMonth> DefaultPeriodAsync(NpgsqlDataSource dataSource, Campaigns.Campaign campaign, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(campaign);
        await using var cmd = dataSource.CreateCommand("select max(period) from rm_measurements where campaign = $1 and period between $2 and $3");
        cmd.Parameters.AddWithValue(campaign.Code);
        cmd.Parameters.AddWithValue(campaign.FirstMonth.Index);
        cmd.Parameters.AddWithValue(campaign.LastMonth.Index);
        return await cmd.ExecuteScalarAsync(ct) is int index ? YearMonth.FromIndex(index) : campaign.FirstMonth;
    }
}
