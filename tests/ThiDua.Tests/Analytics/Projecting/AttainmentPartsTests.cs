using System.Text.Json;
using ThiDua.Analytics.Projecting;
using ThiDua.Hosting;
using ThiDua.Import.Parsing;
using ThiDua.Periods;
using ThiDua.Tests.Analytics.Rebuilding;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Analytics.Projecting;

/// <summary>
/// A big campaign's month is stored in parts of consecutive attainment rows. A monthly import that corrects one unit
/// rewrites only the part holding that unit's rows (the ranking and awards whole); every answer is the one computed
/// from scratch, and a rebuild writes the same parts, byte for byte.
/// </summary>
public sealed class AttainmentPartsTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    private static readonly YearMonth December = new(2024, 12);

    [Fact]
    public async Task Correcting_one_unit_rewrites_only_its_part_and_every_answer_equals_a_rebuild()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var (campaign, unit, indicator) = await BigCampaignAsync(runtime, 41);
        var before = await PartsAsync(campaign.Code);
        before.Count.Should().BeGreaterThan(2, "the campaign has several thousand targets");

        await CorrectAsync(runtime, campaign.Code, unit, indicator);

        var after = await PartsAsync(campaign.Code);
        after.Keys.Should().Equal(before.Keys);
        after.Where(p => p.Value != before[p.Key]).Select(p => p.Key).Should().Equal([1], "only part 1 holds the unit's rows");
        await AnswersShouldEqualComputedAsync(runtime, campaign.Code);
        await StoredShouldEqualRebuildAsync(runtime, campaign.Code);
    }

    [Fact]
    public async Task Parts_written_by_someone_else_are_not_trusted_and_the_whole_month_is_written_again()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var (campaign, unit, indicator) = await BigCampaignAsync(runtime, 42);
        // As if the last write of the month were rolled back or made by another process.
        await db.ExecuteAsync($"update analytics_kept set token = gen_random_uuid() where campaign = '{campaign.Code}'");
        var before = await PartsAsync(campaign.Code);

        await CorrectAsync(runtime, campaign.Code, unit, indicator);

        var after = await PartsAsync(campaign.Code);
        after.Where(p => p.Value == before[p.Key]).Should().BeEmpty("every part is written again");
        await AnswersShouldEqualComputedAsync(runtime, campaign.Code);
        await StoredShouldEqualRebuildAsync(runtime, campaign.Code);
    }

    // ≈ 2,000 units of ≈ 3 targets: ≈ 3 parts at December; the unit chosen sits in the middle of part 1.
    private static async Task<(RandomCampaign Campaign, string Unit, string Indicator)> BigCampaignAsync(ThiDuaRuntime runtime, int seed)
    {
        var campaign = await LiveCampaignsTests.DefineAsync(runtime, seed, collectives: 900);
        await RebuildTests.ImportAsync(runtime, ImportKind.Measurements, campaign.MeasurementBatches[0]);
        await runtime.Daemon.CatchUpAsync();
        var rows = (await runtime.Analytics.AttainmentAsync(campaign.Code, December, null)).Rows;
        var row = rows[AttainmentParts.RowsPerPart + AttainmentParts.RowsPerPart / 2];
        return (campaign, row.Unit, row.Indicator);
    }

    private static async Task CorrectAsync(ThiDuaRuntime runtime, string campaign, string unit, string indicator)
    {
        await RebuildTests.ImportAsync(runtime, ImportKind.Measurements, $"campaign,unit,indicator,period,value\n{campaign},{unit},{indicator},2024-12,1\n");
        await runtime.Daemon.CatchUpAsync();
    }

    // December's attainment parts and the transaction that last wrote each.
    private async Task<Dictionary<int, string>> PartsAsync(string campaign)
    {
        await using var cmd = db.DataSource.CreateCommand(
            "select part, xmin::text from analytics_results where campaign = @c and kind = 'attainment' and period = @p order by part");
        cmd.Parameters.AddWithValue("c", campaign);
        cmd.Parameters.AddWithValue("p", December.Index);
        var parts = new Dictionary<int, string>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) parts[reader.GetInt32(0)] = reader.GetString(1);
        return parts;
    }

    private async Task AnswersShouldEqualComputedAsync(ThiDuaRuntime runtime, string campaign)
    {
        (await StoredAnalytics.FreshJsonAsync(db.DataSource, campaign, December, "attainment")).Should()
            .Be(JsonSerializer.Serialize((await runtime.Analytics.AttainmentAsync(campaign, December, DateTimeOffset.UtcNow)).Rows, StoredAnalytics.Json));
        (await StoredAnalytics.FreshJsonAsync(db.DataSource, campaign, December, "ranking")).Should()
            .Be(JsonSerializer.Serialize((await runtime.Analytics.RankingAsync(campaign, December, DateTimeOffset.UtcNow)).Rows, StoredAnalytics.Json));
    }

    private async Task StoredShouldEqualRebuildAsync(ThiDuaRuntime runtime, string campaign)
    {
        var projected = await StoredTextAsync(campaign);
        await runtime.RebuildAsync();
        (await StoredTextAsync(campaign)).Should().Equal(projected);
    }

    private async Task<List<string>> StoredTextAsync(string campaign)
    {
        await using var cmd = db.DataSource.CreateCommand("select kind || ' ' || period || ' ' || part || ' ' || rows::text from analytics_results where campaign = @c order by kind, period, part");
        cmd.Parameters.AddWithValue("c", campaign);
        var rows = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        return rows;
    }
}
