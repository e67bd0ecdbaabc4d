using ThiDua.EventStore.Appending;
using ThiDua.Hosting;
using ThiDua.Periods;
using ThiDua.Registry;
using ThiDua.Targets.Setting;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Registry;

/// <summary>
/// rm_target_counts says what counting rm_targets by campaign would: targets set again are not counted twice, new ones
/// are, a rebuild gives the same rows, and a database upgraded with targets already stored is counted by the migration.
/// </summary>
public sealed class TargetCountsTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    private static readonly DateTimeOffset At = new(2024, 1, 5, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Targets_set_again_count_once_and_new_ones_are_added_incremental_or_rebuilt()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        await AppendAsync(runtime, Targets("TC1", ["A", "B"], ["I1", "I2", "I3"], 10m));
        await AppendAsync(runtime, Targets("TC2", ["A"], ["I1"], 5m));
        // The same six again with new levels, and two new ones, in one batch.
        await AppendAsync(runtime, [.. Targets("TC1", ["A", "B"], ["I1", "I2", "I3"], 12m), .. Targets("TC1", ["C"], ["I1", "I2"], 12m)]);

        var counts = await RegistryQueries.TargetCountsAsync(await db.DataSource.OpenConnectionAsync());
        counts.Should().Contain("TC1", 8).And.Contain("TC2", 1);
        (await CountedAsync()).Should().Equal(await StoredAsync());

        await runtime.RebuildAsync();
        (await CountedAsync()).Should().Equal(await StoredAsync());
    }

    [Fact]
    public async Task A_database_upgraded_with_targets_stored_is_counted_by_the_migration()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        await AppendAsync(runtime, Targets("TC3", ["A", "B", "C"], ["I1", "I2"], 7m));
        await ExecuteAsync("truncate rm_target_counts");

        var migration = ThiDuaRuntime.AllMigrations().Single(m => m.Id.Contains("017_registry_target_counts", StringComparison.Ordinal));
        await ExecuteAsync(migration.Sql);

        (await CountedAsync()).Should().Equal(await StoredAsync());
        (await RegistryQueries.TargetCountsAsync(await db.DataSource.OpenConnectionAsync())).Should().Contain("TC3", 6);
    }

    private static object[] Targets(string campaign, string[] units, string[] indicators, decimal level) =>
        [.. units.SelectMany(u => indicators.Select(i => (object)new TargetSet(campaign, i, u, level, null, null, (YearMonth?)null, At)))];

    private static async Task AppendAsync(ThiDuaRuntime runtime, object[] events) =>
        await runtime.Store.AppendAsync([new StreamAppend("campaign-" + ((TargetSet)events[0]).CampaignCode + "/targets", ExpectedVersion.Any,
            events.Select(e => new NewEvent(Guid.NewGuid(), e, new EventMetadata("test"))).ToList())]);

    private Task<List<string>> CountedAsync() => RowsAsync("select campaign || '=' || targets from rm_target_counts order by campaign");

    private Task<List<string>> StoredAsync() => RowsAsync("select campaign || '=' || count(*) from rm_targets group by campaign order by campaign");

    private async Task<List<string>> RowsAsync(string sql)
    {
        var rows = new List<string>();
        await using var cmd = db.DataSource.CreateCommand(sql);
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        return rows;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var cmd = db.DataSource.CreateCommand(sql);
        await cmd.ExecuteNonQueryAsync();
    }
}
