using ThiDua.EventStore.Projections;

namespace ThiDua.Registry;

/// <summary>Collects measurement rows and writes them in one statement; a later row for the same key wins.</summary>
internal sealed class MeasurementUpserts
{
    private readonly Dictionary<(string, string, string, int), int> _index = [];
    private readonly List<(string Campaign, string Unit, string Indicator, int Period, decimal Value, string? Note, DateTimeOffset At)> _rows = [];

    public void Add(string campaign, string unit, string indicator, int period, decimal value, string? note, DateTimeOffset at)
    {
        var key = (campaign, unit, indicator, period);
        var row = (campaign, unit, indicator, period, value, note, at);
        if (_index.TryGetValue(key, out var i)) _rows[i] = row;
        else
        {
            _index[key] = _rows.Count;
            _rows.Add(row);
        }
    }

    public async Task FlushAsync(ProjectionContext context, CancellationToken ct)
    {
        if (_rows.Count == 0) return;
        await using var cmd = context.Command("""
            insert into rm_measurements (campaign, unit, indicator, period, value, note, recorded_at)
            select * from unnest(@c, @u, @i, @p, @v, @n, @a)
            on conflict (campaign, unit, indicator, period) do update
            set value = excluded.value, note = excluded.note, recorded_at = excluded.recorded_at
            """);
        cmd.Parameters.AddWithValue("c", _rows.Select(r => r.Campaign).ToArray());
        cmd.Parameters.AddWithValue("u", _rows.Select(r => r.Unit).ToArray());
        cmd.Parameters.AddWithValue("i", _rows.Select(r => r.Indicator).ToArray());
        cmd.Parameters.AddWithValue("p", _rows.Select(r => r.Period).ToArray());
        cmd.Parameters.AddWithValue("v", _rows.Select(r => r.Value).ToArray());
        cmd.Parameters.AddWithValue("n", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text, _rows.Select(r => (object?)r.Note ?? DBNull.Value).ToArray());
        cmd.Parameters.AddWithValue("a", _rows.Select(r => r.At).ToArray());
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
