using ThiDua.Analytics.Projecting;
using ThiDua.Analytics.Querying;
using ThiDua.Import.Parsing;
using ThiDua.Periods;
using ThiDua.Tests.Import.Importing;
using ThiDua.Tests.Infrastructure;
using static ThiDua.Tests.Import.Importing.ImportWorld;

namespace ThiDua.Tests.Analytics.Projecting;

/// <summary>
/// A campaign whose stored figures break the rules' arithmetic (a target of 10^-28, stored before the importer refused
/// such values) is set aside with its reason; every other campaign keeps projecting, and the failure is not retried
/// every pass.
/// </summary>
public sealed class FailedCampaignContainmentTests(ImportWorldDatabase db) : IClassFixture<ImportWorldDatabase>
{
    [Fact]
    public async Task A_campaign_that_cannot_be_computed_is_marked_failed_and_the_others_still_update()
    {
        await using (var setup = await db.OpenRuntimeAsync()) await SetUpSecondCampaignAsync(setup);
        // What an older version let in: the target the importer now refuses, written where the projection reads it
        // (a fresh process, as after an upgrade, so nothing of the campaign is remembered).
        await db.ExecuteAsync("update rm_targets set definition = jsonb_set(definition, '{value}', '0.0000000000000000000000000001') where campaign = 'CD2025' and indicator = 'AL' and unit = 'D01'");
        await using var runtime = await db.OpenRuntimeAsync();
        var failures = new List<string>();
        runtime.AnalyticsProjection.Failed = (campaign, _) => failures.Add(campaign);

        await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, MeasurementsHeader + "CD2025;D01;AL;2025-02;50;\nCE2025;D02;AL;2025-02;77;\n");
        var act = () => runtime.Daemon.CatchUpAsync();

        await act.Should().NotThrowAsync("one campaign's failure must not stop the daemon");
        failures.Should().Equal("CD2025");
        (await db.ScalarAsync("select count(*) from analytics_failures where campaign = 'CD2025' and reason like 'Overflow%'")).Should().Be(1);
        var other = await StoredAnalytics.FreshJsonAsync(db.DataSource, "CE2025", new YearMonth(2025, 2), "attainment");
        other.Should().Contain("\"actual\":77", "the other campaign's analytics were recomputed");
        (await StoredAnalytics.FreshJsonAsync(db.DataSource, "CD2025", null, "attainment")).Should().BeNull("a failed campaign's stale rows are never served as fresh");

        await runtime.Daemon.CatchUpAsync();
        failures.Should().HaveCount(1, "a failure is not retried until something changes");
        var asked = () => runtime.Analytics.RankingAsync("CD2025", null, null);
        (await asked.Should().ThrowAsync<QueryRejectedException>()).Which.Should().Match<QueryRejectedException>(e =>
            e.Uncomputable && e.Message.Contains("CD2025") && e.Message.Contains("thidua projections rebuild"));

        await db.ExecuteAsync("update rm_targets set definition = jsonb_set(definition, '{value}', '100') where campaign = 'CD2025' and indicator = 'AL' and unit = 'D01'");
        await runtime.RebuildAsync();
        (await db.ScalarAsync("select count(*) from analytics_failures")).Should().Be(0, "a rebuild after the fix recovers the campaign");
        (await StoredAnalytics.FreshJsonAsync(db.DataSource, "CD2025", new YearMonth(2025, 2), "attainment")).Should().NotBeNull();
    }

    private static async Task SetUpSecondCampaignAsync(ThiDua.Hosting.ThiDuaRuntime runtime)
    {
        await ProductDatabase.ImportAsync(runtime, ImportKind.Campaigns, CampaignsHeader + "CE2025;Phong trào thứ hai;annual;2025-01-01;2025-12-31;;;2025-12;;1,2\n");
        await ProductDatabase.ImportAsync(runtime, ImportKind.Indicators, IndicatorsHeader + "CE2025;AL;Số lớp;lớp;at_least;sum;1\n");
        await ProductDatabase.ImportAsync(runtime, ImportKind.Targets, TargetsHeader + "CE2025;AL;D02;100;;;\n");
        await runtime.Daemon.CatchUpAsync();
    }
}
