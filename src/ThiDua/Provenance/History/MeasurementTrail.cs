using Npgsql;
using NpgsqlTypes;
using ThiDua.EventStore;
using ThiDua.Measurements.Recording;
using ThiDua.Periods;

namespace ThiDua.Provenance.History;

/// <summary>
/// Every value recorded for one unit's indicator in a campaign, oldest first, read from the unit's stream and each
/// event's metadata: the events are the record, so this history cannot disagree with the numbers. "As of" keeps the
/// events recorded by then, as the snapshot behind the numbers does.
/// </summary>
public sealed class MeasurementTrail(NpgsqlDataSource dataSource, EventTypes types)
{
    public async Task<IReadOnlyList<MeasurementChange>> ReadAsync(string campaign, string unit, string indicator, DateTimeOffset? asOf, CancellationToken ct = default)
    {
        // The unit's stream (its unique index) holds its measurements and ratings; the indicator is picked from the data.
        await using var cmd = dataSource.CreateCommand("""
            select seq, recorded_at, coalesce(metadata->>'actor', ''), metadata->>'sourceFile', (metadata->>'sourceLine')::int,
                   data->>'period', (data->>'value')::numeric, (data->>'previousValue')::numeric, data->>'note',
                   metadata->>'acceptedWarning'
            from es_events
            where stream_id = $1 and type = any($2) and data->>'indicatorCode' = $3
              and ($4::timestamptz is null or recorded_at <= $4)
            order by version
            """);
        cmd.Parameters.AddWithValue(RecordMeasurement.StreamId(campaign, unit));
        cmd.Parameters.AddWithValue(new[] { types.NameOf(typeof(MeasurementRecorded)), types.NameOf(typeof(MeasurementCorrected)) });
        cmd.Parameters.AddWithValue(indicator);
        cmd.Parameters.Add(new NpgsqlParameter { Value = (object?)asOf?.ToUniversalTime() ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        var list = new List<MeasurementChange>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            list.Add(new MeasurementChange(reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetInt32(4),
                YearMonth.Parse(reader.GetString(5)), reader.GetDecimal(6), reader.IsDBNull(7) ? null : reader.GetDecimal(7),
                reader.IsDBNull(8) ? null : reader.GetString(8), reader.IsDBNull(9) ? null : reader.GetString(9)));
        return list;
    }
}
