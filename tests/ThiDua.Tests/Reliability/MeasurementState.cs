using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Reliability;

/// <summary>
/// What the store holds for <see cref="BigWorld.Campaign"/>: measurement events, and the read model next to what the
/// events say it should be (the last value per key, summed). Values encode their key, so equal sums mean equal contents.
/// </summary>
public sealed record MeasurementState(long Events, long ReadModelRows, decimal ReadModelSum, long EventKeys, decimal EventSum)
{
    public static async Task<MeasurementState> ReadAsync(TestDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        await using var cmd = db.DataSource.CreateCommand($"""
            with e as (
                select seq, data from es_events
                where type in ('measurement_recorded', 'measurement_corrected') and stream_id like 'campaign-{BigWorld.Campaign}/%'),
            latest as (
                select distinct on (data->>'unitCode', data->>'indicatorCode', data->>'period') (data->>'value')::numeric as value
                from e order by data->>'unitCode', data->>'indicatorCode', data->>'period', seq desc)
            select (select count(*) from e),
                   (select count(*) from rm_measurements where campaign = '{BigWorld.Campaign}'),
                   (select coalesce(sum(value), 0) from rm_measurements where campaign = '{BigWorld.Campaign}'),
                   (select count(*) from latest),
                   (select coalesce(sum(value), 0) from latest)
            """);
        await using var reader = await cmd.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new MeasurementState(reader.GetInt64(0), reader.GetInt64(1), reader.GetDecimal(2), reader.GetInt64(3), reader.GetDecimal(4));
    }

    /// <summary>The read model says exactly what the events say.</summary>
    public bool ReadModelAgrees => ReadModelRows == EventKeys && ReadModelSum == EventSum;
}
