using System.Text.Json;
using ThiDua.EventStore.Projections;
using ThiDua.Hosting;

namespace ThiDua.Registry;

/// <summary>
/// Rows of a campaign's logs kept whole (closes and reopens, council decisions), keyed by the event's version in its
/// stream: read back in that order they fold to the same state as the events, and a rebuild writes the same rows.
/// </summary>
internal sealed class CampaignLogRows
{
    private readonly Dictionary<string, List<(string Campaign, long Version, string Json)>> _tables = new(StringComparer.Ordinal);

    public void Add<T>(string table, string campaign, long version, T row)
    {
        if (!_tables.TryGetValue(table, out var rows)) _tables[table] = rows = [];
        rows.Add((campaign, version, JsonSerializer.Serialize(row, ThiDuaJson.Options)));
    }

    public async Task FlushAsync(ProjectionContext context, CancellationToken ct)
    {
        foreach (var (table, rows) in _tables)
        {
            await using var cmd = context.Command($"""
                insert into {table} (campaign, version, definition) select c, v, d::jsonb from unnest(@c, @v, @d) as t(c, v, d)
                on conflict (campaign, version) do update set definition = excluded.definition
                """);
            cmd.Parameters.AddWithValue("c", rows.Select(r => r.Campaign).ToArray());
            cmd.Parameters.AddWithValue("v", rows.Select(r => r.Version).ToArray());
            cmd.Parameters.AddWithValue("d", rows.Select(r => r.Json).ToArray());
            await cmd.ExecuteNonQueryAsync(ct);
        }
        _tables.Clear();
    }
}
