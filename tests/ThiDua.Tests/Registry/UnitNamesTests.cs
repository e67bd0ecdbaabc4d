using Npgsql;
using ThiDua.Hosting;
using ThiDua.Tests.Import.Importing;
using ThiDua.Tests.Search;

namespace ThiDua.Tests.Registry;

/// <summary>
/// rm_unit_names holds each name a unit had, from the import that gave it until the one that renamed it — as the units'
/// streams say, read here in the test — and a rebuild or the migration on an upgraded database gives the same rows.
/// </summary>
public sealed class UnitNamesTests(PastNamesDatabase db) : IClassFixture<PastNamesDatabase>
{
    [Fact]
    public async Task Each_name_a_unit_had_is_a_row_from_its_import_until_the_rename()
    {
        (await RowsAsync()).Should().Equal(await FromStreamsAsync());
        (await RowsAsync()).Should().HaveCount(PastNamesDatabase.Renames.SelectMany(f => f).Count(), "every unit in the files got a new name each time");
    }

    [Fact]
    public async Task A_rebuild_refills_the_names_bit_for_bit()
    {
        var before = await DatabaseFingerprint.TakeAsync(db);
        var rows = await RowsAsync();
        await ExecuteAsync("update rm_unit_names set name = 'damaged', until = null");

        await using var runtime = await db.OpenRuntimeAsync();
        await runtime.RebuildAsync();

        (await DatabaseFingerprint.TakeAsync(db)).Should().Be(before);
        (await RowsAsync()).Should().Equal(rows);
    }

    [Fact]
    public async Task The_migration_fills_the_names_of_a_database_that_has_renamed_units()
    {
        var rows = await RowsAsync();
        await ExecuteAsync("drop table rm_unit_names");

        var migration = ThiDuaRuntime.AllMigrations().Single(m => m.Id.Contains("019_registry_unit_names", StringComparison.Ordinal));
        await ExecuteAsync(migration.Sql);

        (await RowsAsync()).Should().Equal(rows).And.Equal(await FromStreamsAsync());
    }

    /// <summary>The names as the units' events give them: a row when the name differs from the one before, ended by the next.</summary>
    private async Task<List<string>> FromStreamsAsync()
    {
        var events = new List<(string Unit, long Seq, DateTimeOffset At, string Name)>();
        await using (var cmd = db.DataSource.CreateCommand("select stream_id, seq, recorded_at, data::text from es_events where stream_id like 'unit-%' order by seq"))
        await using (var reader = await cmd.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                events.Add((reader.GetString(0)["unit-".Length..], reader.GetInt64(1), reader.GetFieldValue<DateTimeOffset>(2),
                    (string)System.Text.Json.Nodes.JsonNode.Parse(reader.GetString(3))!["name"]!));
        var rows = new List<string>();
        foreach (var unit in events.GroupBy(e => e.Unit))
        {
            var changes = unit.Where((e, i) => i == 0 || unit.ElementAt(i - 1).Name != e.Name).ToList();
            rows.AddRange(changes.Select((e, i) => Row(e.Unit, e.Seq, e.At, i + 1 < changes.Count ? changes[i + 1].At : null, e.Name)));
        }
        return rows.Order(StringComparer.Ordinal).ToList();
    }

    private async Task<List<string>> RowsAsync()
    {
        var rows = new List<string>();
        await using var cmd = db.DataSource.CreateCommand("select unit, seq, since, until, name from rm_unit_names");
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            rows.Add(Row(reader.GetString(0), reader.GetInt64(1), reader.GetFieldValue<DateTimeOffset>(2),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3), reader.GetString(4)));
        return rows.Order(StringComparer.Ordinal).ToList();
    }

    private static string Row(string unit, long seq, DateTimeOffset since, DateTimeOffset? until, string name) =>
        $"{unit} {seq} {since.UtcTicks} {until?.UtcTicks} {name}";

    private async Task ExecuteAsync(string sql)
    {
        await using var cmd = db.DataSource.CreateCommand(sql);
        await cmd.ExecuteNonQueryAsync();
    }
}
