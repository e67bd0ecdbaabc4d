using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using ThiDua.Analytics;
using ThiDua.Attainment;
using ThiDua.Periods;
using ThiDua.Security;
using ThiDua.Tests.Analytics;
using ThiDua.Tests.Cli;
using ThiDua.Tests.Infrastructure;
using ThiDua.Tests.Security;
using ThiDua.Tests.Web;
using static ThiDua.Tests.Analytics.SnapshotBuilder;

namespace ThiDua.Tests.UnitEnding;

/// <summary>
/// The default period (a question without <c>--period</c>, a page without <c>?period=</c>) counted a figure stored for a
/// merged district's month after its end (imported before the units file ended it): the only July figure being the
/// merged district's, every default answered July — a month whose ranking has no row of the district and whose figures
/// nobody else had sent. It now answers June, the latest month with a figure that counts, in each of the three places
/// it is derived: from the snapshot (CLI, pages), from the grouped figures (the projection's last stored month, which
/// the ranking API's stored answer defaults to) and in SQL (the provenance page of one pair).
/// </summary>
public sealed class EndedUnitDefaultPeriodTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    [Fact]
    public void A_figure_after_its_units_end_does_not_move_the_default_period_but_one_before_does()
    {
        var snapshot = new SnapshotBuilder().Indicator("F")
            .Unit("A").Unit("B").Ended("B", "2024-07").Target("A", "F", 10m).Target("B", "F", 10m)
            .Measure("A", "F", "2024-05", 5m).Measure("B", "F", "2024-06", 9m).Measure("B", "F", "2024-07", 9m).Build();

        CampaignAnalytics.DefaultPeriod(snapshot).Should().Be(M("2024-06"), "B's June figure counts, its July one does not");
        CampaignAnalytics.DefaultPeriod(snapshot, new MeasurementHistory(snapshot.Measurements)).Should().Be(M("2024-06"));
    }

    [Fact]
    public async Task The_cli_the_api_the_pages_and_the_stored_answers_default_to_the_last_month_that_counts()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        await MergedDistrictProvince.DefineAsync(runtime);
        await runtime.Daemon.CatchUpAsync();
        (await LatestReportedMonth.OfAsync(db.DataSource, (await runtime.Analytics.LoadAsync(MergedDistrictProvince.Campaign, null)).Campaign))
            .Should().Be(new YearMonth(2024, 7), "before the merger the July figure counts");
        await MergedDistrictProvince.MergeAsync(runtime);
        await runtime.Daemon.CatchUpAsync();
        var c = MergedDistrictProvince.Campaign;
        var june = new YearMonth(2024, 6);

        (await LatestReportedMonth.OfAsync(db.DataSource, (await runtime.Analytics.LoadAsync(c, null)).Campaign)).Should().Be(june);
        (await runtime.Analytics.RankingAsync(c, null, null)).Period.Should().Be(june);
        (await ThiDua.Analytics.Projecting.StoredAnalytics.FreshJsonAsync(db.DataSource, c, null, "ranking")).Should()
            .Be(await ThiDua.Analytics.Projecting.StoredAnalytics.FreshJsonAsync(db.DataSource, c, june, "ranking")).And.Contain("\"H2\"", "the projection stores up to June");
        var cli = await ThiDuaProcess.RunAsync("attainment", "--campaign", c, "--format", "csv", "--database", db.ConnectionString);
        cli.ExitCode.Should().Be(0, cli.ToString());
        cli.StdoutLines.Skip(1).Select(l => l.Split(',')[2]).Should().NotBeEmpty().And.OnlyContain(p => p == "2024-06");

        await using var app = await WebTestHost.StartAsync(db.ConnectionString);
        using var client = app.GetTestClient().WithToken(await TestUsers.AddAsync(db.DataSource, "default-period-viewer", Role.Viewer));
        using var ranking = JsonDocument.Parse(await client.GetStringAsync($"/api/campaigns/{c}/ranking"));
        ranking.RootElement.EnumerateArray().Select(r => r.GetProperty("unit").GetString()).Should().BeEquivalentTo(["H1", "H2", "H3"], "June still ranks H2");
        using var provenance = JsonDocument.Parse(await client.GetStringAsync($"/api/campaigns/{c}/units/H1/indicators/AL/provenance"));
        provenance.RootElement.GetProperty("period").GetString().Should().Be("2024-06");
        (await client.GetStringAsync($"/campaigns/{c}")).Should().Contain("<option value=\"2024-06\" selected");
    }
}
