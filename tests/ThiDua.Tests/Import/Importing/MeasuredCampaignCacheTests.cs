using ThiDua.Import.Importing;
using ThiDua.Import.Parsing;
using ThiDua.Tests.Infrastructure;
using static ThiDua.Tests.Import.Importing.ImportWorld;

namespace ThiDua.Tests.Import.Importing;

/// <summary>
/// The campaign's indicators and target keys kept between imports (<see cref="MeasuredCampaignCache"/>) never hide a
/// target or indicator added since: not by this process, not by another one; and they are read again only then.
/// </summary>
public sealed class MeasuredCampaignCacheTests(ImportWorldDatabase db) : IClassFixture<ImportWorldDatabase>
{
    [Fact]
    public async Task A_target_set_between_two_measurement_imports_is_seen_by_the_second()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        await RefusedThenAcceptedAsync(runtime, "CD2025;D02;AM;2025-02;3;\n", "has no target",
            () => ImportAcceptedAsync(runtime, ImportKind.Targets, TargetsHeader + "CD2025;AM;D02;5;;;\n"));
    }

    [Fact]
    public async Task A_target_set_by_another_process_is_seen_by_this_ones_next_import()
    {
        await using var server = await db.OpenRuntimeAsync();
        await using var otherProcess = await db.OpenRuntimeAsync();
        await RefusedThenAcceptedAsync(server, "CD2025;D02;IB;2025-02;3;\n", "has no target",
            () => ImportAcceptedAsync(otherProcess, ImportKind.Targets, TargetsHeader + "CD2025;IB;D02;5;;100;\n"));
    }

    [Fact]
    public async Task An_indicator_defined_by_another_process_is_seen_by_this_ones_next_import()
    {
        await using var server = await db.OpenRuntimeAsync();
        await using var otherProcess = await db.OpenRuntimeAsync();
        await RefusedThenAcceptedAsync(server, "CD2025;D01;NEW;2025-02;3;\n", "Unknown indicator 'NEW' in campaign CD2025", async () =>
        {
            await ImportAcceptedAsync(otherProcess, ImportKind.Indicators, IndicatorsHeader + "CD2025;NEW;Chỉ tiêu mới;lượt;at_least;sum;1\n");
            await ImportAcceptedAsync(otherProcess, ImportKind.Targets, TargetsHeader + "CD2025;NEW;D01;5;;;\n");
        });
    }

    [Fact]
    public async Task The_keys_are_read_again_only_once_the_campaigns_definition_changed()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var cache = MeasuredCampaignCache.For(runtime.DataSource);
        var loads = 0;
        async Task<MeasuredCampaign> MeasuredAsync()
        {
            await using var conn = await runtime.DataSource.OpenConnectionAsync();
            await using var tx = await conn.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead);
            return await cache.GetAsync(conn, Campaign, () =>
            {
                loads++;
                return Task.FromResult(new MeasuredCampaign([], [("D01", "AL")]));
            }, CancellationToken.None);
        }

        var first = await MeasuredAsync();
        (await MeasuredAsync()).Should().BeSameAs(first);
        loads.Should().Be(1);

        await ImportAcceptedAsync(runtime, ImportKind.Targets, TargetsHeader + "CD2025;AL;P02;10;;;\n");
        (await MeasuredAsync()).Should().NotBeSameAs(first);
        loads.Should().Be(2);
    }

    // The row is refused (the keys are now kept), the definitions change, the same row is then recorded.
    private static async Task RefusedThenAcceptedAsync(ThiDua.Hosting.ThiDuaRuntime runtime, string row, string refusal, Func<Task> change)
    {
        (await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, MeasurementsHeader + row)).Errors.Should().ContainSingle()
            .Which.MessageEn.Should().Contain(refusal);
        await change();
        var outcome = await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, MeasurementsHeader + row);
        outcome.Errors.Should().BeEmpty();
        (outcome.Accepted, outcome.Created).Should().Be((true, 1));
    }

    private static async Task ImportAcceptedAsync(ThiDua.Hosting.ThiDuaRuntime runtime, ImportKind kind, string csv) =>
        (await ProductDatabase.ImportAsync(runtime, kind, csv)).Accepted.Should().BeTrue();
}
