using System.Text.Json;
using ThiDua.EventStore.Projections;
using ThiDua.Hosting;

namespace ThiDua.Registry;

/// <summary>
/// Collects definition rows per table and writes each table in one statement (unnest), so 80,000 targets are
/// one round trip, not 80,000. A later row for the same key wins, as the events' order says.
/// </summary>
internal sealed class DefinitionUpserts
{
    private readonly Dictionary<string, Table> _tables = new(StringComparer.Ordinal);

    public void Add<T>(string table, string[] keyColumns, string[] keys, T definition)
    {
        if (!_tables.TryGetValue(table, out var t)) _tables[table] = t = new Table(keyColumns);
        t.Add(keys, JsonSerializer.Serialize(definition, ThiDuaJson.Options));
    }

    public async Task FlushAsync(ProjectionContext context, CancellationToken ct)
    {
        foreach (var (name, table) in _tables)
        {
            var columns = string.Join(", ", table.KeyColumns);
            var arrays = string.Join(", ", table.KeyColumns.Select((_, i) => "@k" + i));
            await using var cmd = context.Command($"""
                insert into {name} ({columns}, definition) select {columns}, d::jsonb from unnest({arrays}, @d) as t({columns}, d)
                on conflict ({columns}) do update set definition = excluded.definition
                """);
            for (var i = 0; i < table.KeyColumns.Length; i++) cmd.Parameters.AddWithValue("k" + i, table.Rows.Select(r => r.Keys[i]).ToArray());
            cmd.Parameters.AddWithValue("d", table.Rows.Select(r => r.Json).ToArray());
            await cmd.ExecuteNonQueryAsync(ct);
        }
        _tables.Clear();
    }

    private sealed class Table(string[] keyColumns)
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

        public string[] KeyColumns => keyColumns;
        public List<(string[] Keys, string Json)> Rows { get; } = [];

        public void Add(string[] keys, string json)
        {
            var key = string.Join('\u001f', keys);
            if (_index.TryGetValue(key, out var i)) Rows[i] = (keys, json);
            else
            {
                _index[key] = Rows.Count;
                Rows.Add((keys, json));
            }
        }
    }
}
