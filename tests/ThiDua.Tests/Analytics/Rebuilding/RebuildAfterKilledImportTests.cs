using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Analytics.Rebuilding;

/// <summary>
/// An import killed while writing leaves a hole in the event sequence. `projections rebuild` beside a running server
/// stopped at it and committed registry tables of the events before it (rm_measurements 202,433 rows → 833): a
/// database of its own, so the hole comes first whatever else ran.
/// </summary>
public sealed class RebuildAfterKilledImportTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    [Fact]
    public async Task A_rebuild_after_a_killed_import_passes_its_hole_and_keeps_every_later_figure()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        // An import killed while writing took sequence numbers and never committed them: a hole before the next import.
        await using (var killed = db.DataSource.CreateCommand("select nextval('es_event_seq') from generate_series(1, 7)"))
            await killed.ExecuteNonQueryAsync();
        var campaign = new RandomCampaign(11).Generate();
        await RebuildTests.ImportWholeAsync(runtime, campaign);
        await runtime.Daemon.CatchUpAsync();
        var incremental = await RebuildTests.OutputsAsync(runtime, campaign.Code, asOf: null);
        var tables = await Import.Importing.DatabaseFingerprint.TakeAsync(db);
        var events = await db.ScalarAsync("select count(*) from es_events");

        // A server beside it: its catch-up and jobs keep short write transactions going; one is open as the rebuild starts.
        await using var server = await db.DataSource.OpenConnectionAsync();
        await using var busy = await server.BeginTransactionAsync();
        await using (var write = new Npgsql.NpgsqlCommand("select pg_current_xact_id()", server, busy)) await write.ExecuteScalarAsync();
        var rebuilding = runtime.RebuildAsync();
        await Task.Delay(300);
        await busy.CommitAsync();

        (await rebuilding).Should().Be(events, "every committed event is replayed, past the hole");

        (await Import.Importing.DatabaseFingerprint.TakeAsync(db)).Should().Be(tables);
        (await RebuildTests.OutputsAsync(runtime, campaign.Code, asOf: null)).Should().Equal(incremental);
    }
}
