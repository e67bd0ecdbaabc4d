using Npgsql;
using ThiDua.Import.Parsing;
using ThiDua.Tests.Import.Importing;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Registry;

/// <summary>
/// <c>thidua projections rebuild</c> beside an import. The registry's rebuild empties its tables with <c>truncate</c>,
/// which is not MVCC-safe: an import whose repeatable-read snapshot was taken before the rebuild committed found the
/// tables empty once it could read them (every unit and campaign unknown, a stored row "new") and was refused as a
/// conflict — "a writer outside the product" — or for a campaign it said did not exist. The rebuild now runs as a
/// serial writer: an import decides wholly before it or wholly after it.
/// </summary>
public sealed class RebuildBesideImportTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    [Fact]
    public async Task An_import_started_while_the_registry_is_being_rebuilt_decides_from_the_rebuilt_registry()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        await ImportWorld.ImportAsync(runtime, bulk: false);

        var (holder, hold) = await HoldEventsAsync();
        await using var _ = holder;

        var rebuild = Task.Run(() => runtime.RebuildAsync());
        await WaitForWaitersAsync(1, rebuild);
        // A rename that leaves out the parent and cluster columns: the stored ones are kept (docs/import.md).
        var import = Task.Run(() => ProductDatabase.ImportAsync(runtime, ImportKind.Units, "code;name;kind\nD01;Phòng Một (đổi tên);collective\n"));
        // With the fix the import waits for the rebuild's serial lock without touching a table; without it, it waits on the truncate.
        await Task.Delay(500);
        import.IsCompleted.Should().BeFalse("the import waits for the rebuild");
        await hold.CommitAsync();

        await rebuild;
        var renamed = await import;
        renamed.Accepted.Should().BeTrue(string.Join("; ", renamed.Errors));
        renamed.Changed.Should().Be(1);
        (await db.ScalarAsync("select count(*) from rm_units where code = 'D01' and definition->>'name' = 'Phòng Một (đổi tên)' and definition->>'parent' = 'ORG'"))
            .Should().Be(1, "the rename keeps the stored parent");
        (await db.ScalarAsync("select count(*) from rm_units")).Should().Be(5);
    }

    [Fact]
    public async Task Reads_started_while_the_registry_is_being_rebuilt_see_the_rebuilt_registry()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        await ImportWorld.ImportAsync(runtime, bulk: false);
        var asOf = runtime.Clock.GetUtcNow();
        var (holder, hold) = await HoldEventsAsync();
        await using var _ = holder;
        var rebuild = Task.Run(() => runtime.RebuildAsync());
        await WaitForWaitersAsync(1, rebuild);

        // Each reads the registry in one repeatable-read transaction: the campaign page's, a calculation page's, an as-of read's, a dry run's.
        var now = Task.Run(() => ThiDua.Registry.RegistryQueries.SnapshotAsync(db.DataSource, "CD2025"));
        var pair = Task.Run(() => ThiDua.Registry.PairSnapshot.LoadAsync(db.DataSource, "CD2025", "D01", "AL"));
        var then = Task.Run(() => runtime.Snapshots.LoadAsync("CD2025", asOf));
        var dryRun = Task.Run(() => ProductDatabase.ImportAsync(runtime, ImportKind.Units, "code;name;kind\nD01;Phòng 1;collective\n", dryRun: true));
        await WaitForWaitersAsync(5, rebuild);
        await hold.CommitAsync();
        await rebuild;

        (await now).Should().NotBeNull("without the lock first, the snapshot taken during the rebuild saw rm_campaigns empty");
        (await now)!.Targets.Should().NotBeEmpty();
        (await pair).Should().NotBeNull();
        (await then).Should().NotBeNull();
        var outcome = await dryRun;
        outcome.Errors.Should().BeEmpty();
        outcome.Unchanged.Should().Be(1, "D01 is known and as stored");
    }

    // The rebuild is held after its truncate, where it reads the events: the test holds the event table until it commits.
    private async Task<(NpgsqlConnection, NpgsqlTransaction)> HoldEventsAsync()
    {
        var holder = await db.DataSource.OpenConnectionAsync();
        var hold = await holder.BeginTransactionAsync();
        await using (var lockEvents = new NpgsqlCommand("lock table es_events in access exclusive mode", holder, hold))
            await lockEvents.ExecuteNonQueryAsync();
        return (holder, hold);
    }

    // Sessions of this database waiting for a table lock: the rebuild's reader (or its truncate) behind the test's lock.
    private async Task WaitForWaitersAsync(int count, Task running)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await db.ScalarAsync($"select count(*) from pg_stat_activity where datname = '{db.Name}' and wait_event_type = 'Lock'") < count)
        {
            if (running.IsCompleted) await running;
            DateTime.UtcNow.Should().BeBefore(deadline, "the rebuild should reach the held event table");
            await Task.Delay(20);
        }
    }
}
