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
/// The page of a commune merged away from July: asked for a month from July on it said "Đơn vị chưa được giao chỉ tiêu"
/// — as if nobody had assigned it anything; it says when the unit ended and to pick an earlier month, whose results it shows.
/// </summary>
public sealed class EndedUnitPageTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    [Fact]
    public async Task An_ended_units_page_says_since_when_and_shows_its_results_before_that()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var campaign = await LiveCampaignsTests.DefineAsync(runtime, 33, collectives: 3);
        foreach (var batch in campaign.MeasurementBatches) await RebuildTests.ImportAsync(runtime, ImportKind.Measurements, batch);
        var ending = EndedUnitProjectionTests.CollectiveWithTarget(campaign);
        await RebuildTests.ImportAsync(runtime, ImportKind.Units, EndedUnitProjectionTests.WithEnd(campaign.Units, ending, "07/2024"));
        await runtime.Daemon.CatchUpAsync();
        await using var app = await WebTestHost.StartAsync(db.ConnectionString);
        using var client = app.GetTestClient().WithToken(await TestUsers.AddAsync(db.DataSource, "ended-unit-viewer", Role.Viewer));

        var after = await client.GetStringAsync($"/campaigns/{campaign.Code}/units/{ending}?period=2024-09");
        var before = await client.GetStringAsync($"/campaigns/{campaign.Code}/units/{ending}?period=2024-06");

        after.Should().Contain("Đơn vị đã ngừng hoạt động (sáp nhập, giải thể) từ tháng 07/2024")
            .And.Contain("Chọn một kỳ trước đó").And.NotContain("chưa được giao chỉ tiêu").And.NotContain("Xếp hạng <strong>");
        before.Should().Contain("ngừng hoạt động từ tháng 07/2024").And.Contain("Xếp hạng <strong>").And.Contain("Chỉ tiêu được giao")
            .And.NotContain("Đơn vị đã ngừng hoạt động");
    }
}
