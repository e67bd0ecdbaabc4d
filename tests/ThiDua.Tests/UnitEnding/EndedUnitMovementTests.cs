using Microsoft.AspNetCore.TestHost;
using ThiDua.Security;
using ThiDua.Tests.Infrastructure;
using ThiDua.Tests.Security;
using ThiDua.Tests.Web;

namespace ThiDua.Tests.UnitEnding;

/// <summary>
/// In the month of a merger the ranking's "So với tháng trước" showed huyện Cát Lâm "▲1" only because the district above
/// it was merged away. The arrow still counts places as they stand; beside it the page now says how many units ranked
/// above it the month before are no longer in the table.
/// </summary>
public sealed class EndedUnitMovementTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    [Fact]
    public async Task A_rise_in_the_month_of_a_merger_says_the_unit_above_has_left_the_table()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        await MergedDistrictProvince.DefineAsync(runtime);
        await MergedDistrictProvince.MergeAsync(runtime);
        await using var app = await WebTestHost.StartAsync(db.ConnectionString);
        using var client = app.GetTestClient().WithToken(await TestUsers.AddAsync(db.DataSource, "movement-viewer", Role.Viewer));

        var july = await client.GetStringAsync($"/campaigns/{MergedDistrictProvince.Campaign}?period=2024-07");
        var june = await client.GetStringAsync($"/campaigns/{MergedDistrictProvince.Campaign}?period=2024-06");

        var note = july.IndexOf("(1 đơn vị xếp trên ở tháng trước không còn trong bảng)", StringComparison.Ordinal);
        note.Should().BePositive();
        july[july.LastIndexOf("<tr", note, StringComparison.Ordinal)..note].Should().Contain("UBND huyện Cát Lâm").And.Contain("▲1");
        july.Split("không còn trong bảng").Length.Should().Be(2, "huyện An Bình, first both months, had nobody above it leave");
        june.Should().NotContain("không còn trong bảng");
    }
}
