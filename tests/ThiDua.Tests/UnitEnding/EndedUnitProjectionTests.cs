using ThiDua.Import.Parsing;
using ThiDua.Periods;
using ThiDua.Tests.Analytics;
using ThiDua.Tests.Analytics.Projecting;
using ThiDua.Tests.Analytics.Rebuilding;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.UnitEnding;

/// <summary>
/// A collective ends mid-campaign (merged into another, dissolved — units.csv's <c>ended</c>): before its end it is
/// computed and ranked as before; from its end on it has no attainment row, no rank and no award row. The projection,
/// following batches in memory (a month kept and updated in place), stores what a rebuild stores.
/// </summary>
public sealed class EndedUnitProjectionTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    [Fact]
    public async Task A_unit_ended_mid_campaign_drops_out_from_its_end_and_the_stored_rows_equal_a_rebuild()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var campaign = await LiveCampaignsTests.DefineAsync(runtime, 31, collectives: 4);
        var ending = CollectiveWithTarget(campaign);
        await RebuildTests.ImportAsync(runtime, ImportKind.Measurements, campaign.MeasurementBatches[0]);
        await runtime.Daemon.CatchUpAsync();

        await RebuildTests.ImportAsync(runtime, ImportKind.Units, WithEnd(campaign.Units, ending, "07/2024"));
        await runtime.Daemon.CatchUpAsync();
        // New figures for the ended unit after its end are refused (UnitEndImportTests): the later batches leave them out.
        foreach (var batch in campaign.MeasurementBatches.Skip(1))
        {
            await RebuildTests.ImportAsync(runtime, ImportKind.Measurements, WithoutAfter(batch, ending, "2024-07"));
            await runtime.Daemon.CatchUpAsync();
        }

        (await runtime.Analytics.RankingAsync(campaign.Code, new YearMonth(2024, 6), null)).Rows.Should().Contain(r => r.Unit == ending);
        (await runtime.Analytics.AttainmentAsync(campaign.Code, new YearMonth(2024, 6), null)).Rows.Should().Contain(r => r.Unit == ending);
        (await runtime.Analytics.RankingAsync(campaign.Code, new YearMonth(2024, 7), null)).Rows.Should().NotContain(r => r.Unit == ending);
        (await runtime.Analytics.AttainmentAsync(campaign.Code, new YearMonth(2024, 12), null)).Rows.Should().NotContain(r => r.Unit == ending);
        (await runtime.Analytics.AwardsAsync(campaign.Code, null)).Rows.Should().NotContain(r => r.Unit == ending);
        var projected = await ProjectedCsv.ReadAsync(db.DataSource, campaign.Code);
        projected.Should().Contain(ending);
        await runtime.RebuildAsync();
        (await ProjectedCsv.ReadAsync(db.DataSource, campaign.Code)).Should().Be(projected);
    }

    [Fact]
    public async Task As_of_a_time_before_the_end_was_imported_the_unit_is_ranked_in_every_month()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var campaign = await LiveCampaignsTests.DefineAsync(runtime, 32, collectives: 3);
        foreach (var batch in campaign.MeasurementBatches) await RebuildTests.ImportAsync(runtime, ImportKind.Measurements, batch);
        var ending = CollectiveWithTarget(campaign);
        var before = runtime.Clock.GetUtcNow();
        await Task.Delay(10);

        await RebuildTests.ImportAsync(runtime, ImportKind.Units, WithEnd(campaign.Units, ending, "2024-03"));

        (await runtime.Analytics.RankingAsync(campaign.Code, new YearMonth(2024, 12), before)).Rows.Should().Contain(r => r.Unit == ending);
        (await runtime.Analytics.RankingAsync(campaign.Code, new YearMonth(2024, 12), null)).Rows.Should().NotContain(r => r.Unit == ending);
        (await runtime.Analytics.RankingAsync(campaign.Code, new YearMonth(2024, 2), null)).Rows.Should().Contain(r => r.Unit == ending);
    }

    /// <summary>The first collective (not a person, "-P…") the generated campaign assigns a target to.</summary>
    internal static string CollectiveWithTarget(RandomCampaign campaign) => CollectiveTarget(campaign).Unit;

    /// <summary>That collective's first target: the unit and the indicator.</summary>
    internal static (string Unit, string Indicator) CollectiveTarget(RandomCampaign campaign) =>
        campaign.Targets.Split('\n').Skip(1).Select(l => l.Split(',')).Where(f => f.Length > 2 && !f[2].Contains("-P")).Select(f => (f[2], f[1])).First();

    private static string WithoutAfter(string measurements, string unit, string month) => string.Join("\n", measurements.Split('\n')
        .Where(line => line.Split(',') is not [_, var u, _, var period, ..] || u != unit || string.CompareOrdinal(period, month) < 0));

    /// <summary>The generated units.csv with an <c>ended</c> column, <paramref name="month"/> on <paramref name="unit"/>'s row only.</summary>
    internal static string WithEnd(string units, string unit, string month) => string.Join("\n", units.TrimEnd('\n').Split('\n')
        .Select((line, i) => i == 0 ? line + ",ended" : line + (line.StartsWith(unit + ",", StringComparison.Ordinal) ? "," + month : ","))) + "\n";
}
