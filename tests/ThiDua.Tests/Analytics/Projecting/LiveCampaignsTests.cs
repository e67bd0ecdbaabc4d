using ThiDua.Hosting;
using ThiDua.Import.Parsing;
using ThiDua.Tests.Analytics.Rebuilding;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Analytics.Projecting;

/// <summary>
/// The analytics projection follows measurement batches in memory instead of reloading the campaign. Its stored
/// rows must still equal a rebuild's, batch after batch, and when another process applied batches in between
/// (its memory is then behind and must be dropped, not used).
/// </summary>
public sealed class LiveCampaignsTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public async Task Batches_followed_in_memory_give_the_rows_a_rebuild_gives(int seed)
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var campaign = await DefineAsync(runtime, seed);
        foreach (var batch in campaign.MeasurementBatches)
        {
            await RebuildTests.ImportAsync(runtime, ImportKind.Measurements, batch);
            await runtime.Daemon.CatchUpAsync();
        }

        await ShouldEqualRebuildAsync(runtime, campaign.Code);
    }

    [Fact]
    public async Task A_process_that_missed_a_batch_applied_elsewhere_reloads_instead_of_using_its_memory()
    {
        await using var first = await db.OpenRuntimeAsync();
        await using var second = await db.OpenRuntimeAsync();
        var campaign = await DefineAsync(first, 13);
        var batches = campaign.MeasurementBatches;

        await RebuildTests.ImportAsync(first, ImportKind.Measurements, batches[0]);
        await first.Daemon.CatchUpAsync();
        // The second process projects this batch: the first one's memory lacks it from here on.
        await RebuildTests.ImportAsync(second, ImportKind.Measurements, batches[1]);
        await second.Daemon.CatchUpAsync();
        await RebuildTests.ImportAsync(first, ImportKind.Measurements, batches[2]);
        await first.Daemon.CatchUpAsync();

        await ShouldEqualRebuildAsync(first, campaign.Code);
    }

    private async Task ShouldEqualRebuildAsync(ThiDuaRuntime runtime, string code)
    {
        var projected = await ProjectedCsv.ReadAsync(db.DataSource, code);
        await runtime.RebuildAsync();
        (await ProjectedCsv.ReadAsync(db.DataSource, code)).Should().Be(projected);
    }

    internal static async Task<RandomCampaign> DefineAsync(ThiDuaRuntime runtime, int seed, int? collectives = null)
    {
        var campaign = new RandomCampaign(seed, collectives).Generate();
        await RebuildTests.ImportAsync(runtime, ImportKind.Units, campaign.Units);
        await RebuildTests.ImportAsync(runtime, ImportKind.Campaigns, campaign.Campaigns);
        await RebuildTests.ImportAsync(runtime, ImportKind.Indicators, campaign.Indicators);
        await RebuildTests.ImportAsync(runtime, ImportKind.Targets, campaign.Targets);
        await RebuildTests.ImportAsync(runtime, ImportKind.Ratings, campaign.Ratings);
        await RebuildTests.ImportAsync(runtime, ImportKind.AwardForms, campaign.AwardForms);
        await runtime.Daemon.CatchUpAsync();
        return campaign;
    }
}
