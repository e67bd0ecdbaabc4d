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
        // One repeatable-read transaction, as the whole snapshot is read (consistent while imports commit), and one
        // round trip for its six reads: under load every round trip waits for a core.
        await using var tx = await conn.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        await using var batch = new NpgsqlBatch(conn, tx)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand($"lock table {RegistryTables.All} in access share mode"), // before the snapshot: RegistryTables
                Command("select definition::text from rm_campaigns where code = $1", campaign),
                Command("select definition::text from rm_units where code = $1", unit),
                Command("select definition::text from rm_indicators where campaign = $1 order by code", campaign),
                Command("select definition::text from rm_targets where campaign = $1 and unit = $2 and indicator = $3", campaign, unit, indicator),
                Command("select definition::text from rm_period_changes where campaign = $1 order by version", campaign),
                Command("select period, value, note from rm_measurements where campaign = $1 and unit = $2 and indicator = $3 order by period", campaign, unit, indicator),
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(ct);
        var definition = (await Rows<Campaigns.Campaign>(reader, ct)).FirstOrDefault();
        var units = await Rows<Unit>(reader, ct);
        var indicators = await Rows<Indicators.Indicator>(reader, ct);
        var targets = await Rows<Target>(reader, ct);
        var locks = await Rows<Periods.Locks.PeriodChange>(reader, ct);
        var measurements = new List<Measurement>();
        while (await reader.ReadAsync(ct))
            measurements.Add(new Measurement(campaign, unit, indicator, YearMonth.FromIndex(reader.GetInt32(0)), reader.GetDecimal(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        if (definition is null) return null;
        return new CampaignSnapshot(definition, units.ToDictionary(u => u.Code, StringComparer.Ordinal), indicators, targets, measurements, [], [])
        {
            Locks = Periods.Locks.PeriodLocks.Fold(locks),
        };
    }

    private static NpgsqlBatchCommand Command(string sql, params string[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var v in values) command.Parameters.Add(new NpgsqlParameter { Value = v });
        return command;
    }

    // The current result's definitions, then on to the next result.
    private static async Task<List<T>> Rows<T>(NpgsqlDataReader reader, CancellationToken ct)
    {
        var list = new List<T>();
        while (await reader.ReadAsync(ct)) list.Add(System.Text.Json.JsonSerializer.Deserialize<T>(reader.GetString(0), Hosting.ThiDuaJson.Options)!);
        await reader.NextResultAsync(ct);
        return list;
    }

    /// <summary><see cref="CampaignAnalytics.DefaultPeriod(CampaignSnapshot)"/> read in SQL: <see cref="LatestReportedMonth.OfAsync"/>.</summary>
    public static Task<YearMonth> DefaultPeriodAsync(NpgsqlDataSource dataSource, Campaigns.Campaign campaign, CancellationToken ct = default) =>
        LatestReportedMonth.OfAsync(dataSource, campaign, ct);
}
