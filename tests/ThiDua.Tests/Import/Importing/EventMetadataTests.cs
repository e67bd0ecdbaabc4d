using ThiDua.Import.Parsing;
using ThiDua.Tests.Infrastructure;
using static ThiDua.Tests.Import.Importing.ImportWorld;

namespace ThiDua.Tests.Import.Importing;

/// <summary>Every event says who recorded it, from which file and which line (SPEC §6).</summary>
public sealed class EventMetadataTests(ImportWorldDatabase db) : IClassFixture<ImportWorldDatabase>
{
    [Fact]
    public async Task Every_imported_event_carries_the_actor_the_source_file_and_its_line()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var last = await db.ScalarAsync("select coalesce(max(seq), 0) from es_events");

        var outcome = await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements,
            MeasurementsHeader + "CD2025;D01;AL;2025-05;7;\n\nCD2025;D01;AM;2025-05;3;\n", fileName: "so-lieu-thang-5.csv");

        outcome.Accepted.Should().BeTrue();
        var rows = new List<(string? Actor, string? File, int? Line)>();
        await using (var cmd = db.DataSource.CreateCommand(
            $"select metadata->>'actor', metadata->>'sourceFile', (metadata->>'sourceLine')::int from es_events where seq > {last} order by seq"))
        await using (var reader = await cmd.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
                rows.Add((reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetInt32(2)));
        }
        rows.Should().Equal(("test", "so-lieu-thang-5.csv", 2), ("test", "so-lieu-thang-5.csv", 4));
        (await db.ScalarAsync("""
            select count(*) from es_events
            where coalesce(metadata->>'actor', '') = '' or coalesce(metadata->>'sourceFile', '') = '' or metadata->>'sourceLine' is null
            """)).Should().Be(0, "the world's files were imported through the importer too");
    }
}
