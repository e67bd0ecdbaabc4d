using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Reliability;

/// <summary>
/// What two databases must agree on after the same imports: every measurement stream's events in version order
/// (without the clock's timestamps) and the measurements read model.
/// </summary>
public static class StoredHistory
{
    public static async Task<List<string>> MeasurementEventsAsync(TestDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await LinesAsync(db, """
            select stream_id || ' v' || version || ' ' || type || ' ' || (data - 'recordedAt' - 'correctedAt')::text
            from es_events where type in ('measurement_recorded', 'measurement_corrected') order by stream_id, version
            """);
    }

    public static async Task<List<string>> MeasurementsAsync(TestDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await LinesAsync(db, "select campaign || ' ' || unit || ' ' || indicator || ' ' || period || ' ' || value from rm_measurements order by 1");
    }

    /// <summary>The accepted files in commit order: files that touch the same unit serialise on its stream, so their events' order is their commit order.</summary>
    public static async Task<List<string>> FilesInCommitOrderAsync(TestDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await LinesAsync(db, """
            select metadata->>'sourceFile' from es_events where type in ('measurement_recorded', 'measurement_corrected')
              and metadata->>'sourceFile' like 'analyst%'
            group by metadata->>'sourceFile' order by min(seq)
            """);
    }

    private static async Task<List<string>> LinesAsync(TestDatabase db, string sql)
    {
        var lines = new List<string>();
        await using var cmd = db.DataSource.CreateCommand(sql);
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
        return lines;
    }
}
