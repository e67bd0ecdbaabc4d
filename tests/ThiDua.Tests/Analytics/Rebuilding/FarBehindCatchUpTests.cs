using ThiDua.EventStore.Projections;
using ThiDua.Hosting;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Analytics.Rebuilding;

/// <summary>
/// The analytics projection caught up far behind (recomputing everything from the registry, reading no event) stores
/// exactly what catching up event by event stores.
/// </summary>
public sealed class FarBehindCatchUpTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    [Fact]
    public async Task Recomputing_everything_stores_what_following_every_event_stores()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var campaign = new RandomCampaign(11).Generate();
        await RebuildTests.ImportWholeAsync(runtime, campaign);

        await Daemon(runtime, largeBacklog: 1).CatchUpAsync();
        var recomputed = await ProjectedCsv.ReadAsync(db.DataSource, campaign.Code);
        var checkpoint = await db.ScalarAsync("select position from es_checkpoints where projection = 'analytics'");
        await db.ExecuteAsync("truncate analytics_results, analytics_dirty; delete from es_checkpoints where projection = 'analytics'");
        await Daemon(runtime, largeBacklog: long.MaxValue).CatchUpAsync();

        recomputed.Should().NotBeEmpty().And.Be(await ProjectedCsv.ReadAsync(db.DataSource, campaign.Code));
        checkpoint.Should().Be(await db.ScalarAsync("select max(seq) from es_events"));
    }

    private static ProjectionDaemon Daemon(ThiDuaRuntime runtime, long largeBacklog) =>
        new(runtime.DataSource, runtime.Types, ThiDuaModule.AsyncProjections(), largeBacklog: largeBacklog);
}
