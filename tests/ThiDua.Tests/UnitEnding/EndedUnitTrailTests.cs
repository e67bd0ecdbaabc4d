using System.Net;
using Microsoft.AspNetCore.TestHost;
using ThiDua.Import.Parsing;
using ThiDua.Security;
using ThiDua.Tests.Analytics.Projecting;
using ThiDua.Tests.Analytics.Rebuilding;
using ThiDua.Tests.Infrastructure;
using ThiDua.Tests.Security;
using ThiDua.Tests.Web;

namespace ThiDua.Tests.UnitEnding;

/// <summary>
/// A district dissolved from July: its "Cách tính điểm" and "Cách tính" pages for September gave it a score and a ratio
/// (98,21%, counting the July and August figures stored before the end was imported) while the ranking, the unit page and
/// the attainment had no row for it. They now say it has ended and to pick an earlier month; June's are unchanged. The
/// indicator page for September has neither a row nor a small chart for it (EndedUnitIndicatorChartsTests), so no link
/// to its calculation; June's page links to June's.
/// </summary>
public sealed class EndedUnitTrailTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    [Fact]
    public async Task The_score_and_ratio_pages_of_an_ended_unit_give_no_result_after_its_end()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var campaign = await LiveCampaignsTests.DefineAsync(runtime, 34, collectives: 3);
        foreach (var batch in campaign.MeasurementBatches) await RebuildTests.ImportAsync(runtime, ImportKind.Measurements, batch);
        var (ending, indicator) = EndedUnitProjectionTests.CollectiveTarget(campaign);
        await runtime.Daemon.CatchUpAsync();
        var beforeEnd = DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        await RebuildTests.ImportAsync(runtime, ImportKind.Units, EndedUnitProjectionTests.WithEnd(campaign.Units, ending, "07/2024"));
        await runtime.Daemon.CatchUpAsync();
        await using var app = await WebTestHost.StartAsync(db.ConnectionString);
        using var client = app.GetTestClient().WithToken(await TestUsers.AddAsync(db.DataSource, "ended-trail-viewer", Role.Viewer));
        var unit = $"/campaigns/{campaign.Code}/units/{ending}";

        foreach (var path in new[] { $"{unit}/score", $"{unit}/indicators/{indicator}/provenance", $"/api{unit}/indicators/{indicator}/provenance" })
        {
            var after = await client.GetAsync(path + "?period=2024-09");
            after.StatusCode.Should().Be(HttpStatusCode.NotFound, path);
            WebUtility.HtmlDecode(await after.Content.ReadAsStringAsync()).Should()
                .Contain("đã ngừng hoạt động (sáp nhập, giải thể) từ tháng 07/2024").And.Contain("chọn một kỳ trước đó").And.Contain("ended in 2024-07");
            (await client.GetAsync(path + "?period=2024-06")).StatusCode.Should().Be(HttpStatusCode.OK, path);
        }
        (await client.GetStringAsync($"/campaigns/{campaign.Code}/indicators/{indicator}?period=2024-09"))
            .Should().NotContain($"href=\"{unit}/indicators/{indicator}/provenance");
        (await client.GetStringAsync($"/campaigns/{campaign.Code}/indicators/{indicator}?period=2024-06"))
            .Should().Contain($"href=\"{unit}/indicators/{indicator}/provenance?period=2024-06\"");
        // As of a time before the end was imported, September still has the unit.
        (await client.GetAsync($"{unit}/score?period=2024-09&asOf={Uri.EscapeDataString(beforeEnd)}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
