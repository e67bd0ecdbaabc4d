using ThiDua.Analytics.Output;
using ThiDua.Hosting;
using ThiDua.Import.Parsing;
using ThiDua.Periods;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Analytics.Rebuilding;

/// <summary>
/// Property-style: for random campaigns imported in several batches (with corrections), the CSV outputs are
/// byte-identical after rebuilding every projection from zero, when folded from the events "as of now", and
/// when read from the analytics projection.
/// </summary>
public sealed class RebuildTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public async Task Rebuild_from_zero_gives_byte_identical_outputs(int seed)
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var campaign = new RandomCampaign(seed).Generate();
        await ImportWholeAsync(runtime, campaign);
        await runtime.Daemon.CatchUpAsync();

        var incremental = await OutputsAsync(runtime, campaign.Code, asOf: null);
        var folded = await OutputsAsync(runtime, campaign.Code, asOf: DateTimeOffset.UtcNow.AddMinutes(1));
        var projected = await ProjectedCsv.ReadAsync(db.DataSource, campaign.Code);
        var tables = await Import.Importing.DatabaseFingerprint.TakeAsync(db);
        await runtime.RebuildAsync();
        var rebuilt = await OutputsAsync(runtime, campaign.Code, asOf: null);

        rebuilt.Should().Equal(incremental);
        (await Import.Importing.DatabaseFingerprint.TakeAsync(db)).Should().Be(tables, "the registry tables (closes, decisions included) rebuild bit for bit");
        incremental[^1].Should().Contain(",approved,").And.Contain(",deferred,R-2");
        folded.Should().Equal(incremental);
        (await ProjectedCsv.ReadAsync(db.DataSource, campaign.Code)).Should().Be(projected);
        projected.Should().Contain(AnalyticsCsv.Ranking((await runtime.Analytics.RankingAsync(campaign.Code, new YearMonth(2024, 12), null)).Rows));
    }

    internal static async Task<List<string>> OutputsAsync(ThiDuaRuntime runtime, string code, DateTimeOffset? asOf)
    {
        var outputs = new List<string>();
        for (var month = 1; month <= 12; month++)
        {
            var period = new YearMonth(2024, month);
            outputs.Add(AnalyticsCsv.Ranking((await runtime.Analytics.RankingAsync(code, period, asOf)).Rows));
            outputs.Add(AnalyticsCsv.Attainment((await runtime.Analytics.AttainmentAsync(code, period, asOf)).Rows));
        }
        outputs.Add(AnalyticsCsv.Awards((await runtime.Analytics.AwardsAsync(code, asOf)).Rows));
        return outputs;
    }

    /// <summary>Imports every file of a generated campaign in order, its measurements in their batches.</summary>
    internal static async Task ImportWholeAsync(ThiDuaRuntime runtime, RandomCampaign campaign)
    {
        await ImportAsync(runtime, ImportKind.Units, campaign.Units);
        await ImportAsync(runtime, ImportKind.Campaigns, campaign.Campaigns);
        await ImportAsync(runtime, ImportKind.Indicators, campaign.Indicators);
        await ImportAsync(runtime, ImportKind.Targets, campaign.Targets);
        foreach (var batch in campaign.MeasurementBatches) await ImportAsync(runtime, ImportKind.Measurements, batch);
        await ImportAsync(runtime, ImportKind.Ratings, campaign.Ratings);
        await ImportAsync(runtime, ImportKind.AwardForms, campaign.AwardForms);
        // Closed, then decided: the first candidate twice (the later decision replaces the earlier), the second once.
        await new ThiDua.Periods.Locks.PeriodLockWriter(runtime.DataSource, runtime.Store, runtime.Clock)
            .CloseAsync(campaign.Code, new YearMonth(2024, 12), "test", null);
        var candidates = (await runtime.Analytics.AwardsAsync(campaign.Code, null)).Rows.Take(2).ToList();
        const string Header = "campaign,form,unit,decision,reference,date,note\n";
        await ImportAsync(runtime, ImportKind.AwardDecisions, Header + $"{campaign.Code},{candidates[0].Form},{candidates[0].Unit},rejected,R-1,2025-01-10,\n");
        await ImportAsync(runtime, ImportKind.AwardDecisions, Header + $"{campaign.Code},{candidates[0].Form},{candidates[0].Unit},deferred,R-2,2025-01-20,\n"
            + $"{campaign.Code},{candidates[1].Form},{candidates[1].Unit},approved,R-3,2025-01-20,\n");
    }

    /// <summary>
    /// Imports one generated CSV text (en culture) and requires it accepted without errors; random figures raise
    /// plausibility warnings, accepted here (these tests are about what the projections make of any figures).
    /// </summary>
    internal static async Task ImportAsync(ThiDuaRuntime runtime, ImportKind kind, string csv)
    {
        var outcome = await ProductDatabase.ImportAsync(runtime, kind, csv, culture: NumberCulture.En, acceptWarnings: true);
        outcome.Errors.Should().BeEmpty();
        outcome.Accepted.Should().BeTrue();
    }
}
