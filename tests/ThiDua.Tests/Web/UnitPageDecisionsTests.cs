using Microsoft.AspNetCore.TestHost;
using ThiDua.Security;
using ThiDua.Tests.Documents;
using ThiDua.Tests.Security;

namespace ThiDua.Tests.Web;

/// <summary>
/// The clerk opens Ma Thị Thu Hà's page after the council met: "Xét khen thưởng" still read "Bằng điểm ở suất cuối" for
/// the Giấy khen, and that the council put her off (hoãn xét) was only on the campaign page. Her page lists the standing
/// decisions on her; a candidate without one shows none.
/// </summary>
public sealed class UnitPageDecisionsTests(DecidedSeedDatabase db) : IClassFixture<DecidedSeedDatabase>
{
    [Fact]
    public async Task A_candidates_page_shows_the_councils_standing_decisions_on_them()
    {
        await using var app = await WebTestHost.StartAsync(db.ConnectionString);
        using var client = app.GetTestClient().WithToken(await TestUsers.AddAsync(db.DataSource, "unit-decisions-clerk", Role.Viewer));

        var deferred = await client.GetStringAsync($"/campaigns/{DecidedSeedDatabase.Campaign}/units/BK-BCVT-01");
        var approved = await client.GetStringAsync($"/campaigns/{DecidedSeedDatabase.Campaign}/units/BK-VP-01");
        var undecided = await client.GetStringAsync($"/campaigns/{DecidedSeedDatabase.Campaign}/units/BK-TTRA-01");

        deferred.Should().Contain("Quyết định của Hội đồng, cấp có thẩm quyền")
            .And.Contain("<tr><td>Giấy khen của Giám đốc Sở (cá nhân)</td><td>hoãn xét</td><td>—</td><td>04/06/2021</td>");
        approved.Should().Contain("<tr><td>Giấy khen của Giám đốc Sở (cá nhân)</td><td>đồng ý</td><td>112/QĐ-STTTT</td><td>04/06/2021</td>");
        undecided.Should().Contain("Xét khen thưởng").And.NotContain("Quyết định của Hội đồng, cấp có thẩm quyền");
    }
}
