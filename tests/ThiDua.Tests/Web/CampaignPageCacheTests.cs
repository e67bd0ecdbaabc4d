using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Formatting;
using ThiDua.Import.Parsing;
using ThiDua.Tests.Infrastructure;
using ThiDua.Web.Campaigns;

namespace ThiDua.Tests.Web;

/// <summary>
/// The campaign page's content is drawn once per data version: the same request is answered from memory, and an
/// import is on the next page at once — never a stale figure.
/// </summary>
public sealed class CampaignPageCacheTests(SeededWebApp web) : IClassFixture<SeededWebApp>
{
    [Fact]
    public async Task A_kept_page_is_not_drawn_again_until_the_data_changes()
    {
        var bodies = web.App.Services.GetRequiredService<CampaignPageBodies>();
        await web.ChangeFeedListeningAsync();
        var request = new Microsoft.AspNetCore.Http.DefaultHttpContext().Request;
        request.QueryString = new("?period=2022-06");
        var drawn = 0;
        Task<CampaignDashboardPage.Body> Draw()
        {
            drawn++;
            return Task.FromResult(new CampaignDashboardPage.Body("BK2022", $"lần vẽ {drawn}", "", []));
        }

        // A notice still on its way (the test user added at start) makes a draw not kept: it is kept once all is quiet.
        var first = await bodies.GetAsync("BK2022", request, Draw, default);
        var again = await bodies.GetAsync("BK2022", request, Draw, default);
        for (var i = 0; i < 20 && !ReferenceEquals(first, again); i++)
        {
            await Task.Delay(50);
            (first, again) = (again, await bodies.GetAsync("BK2022", request, Draw, default));
        }
        again.Should().BeSameAs(first);
        var kept = drawn;
        (await bodies.GetAsync("BK2022", request, Draw, default)).Should().BeSameAs(first);
        drawn.Should().Be(kept, "a kept body is not drawn again");

        var outcome = await ProductDatabase.ImportAsync(web.Runtime, ImportKind.Measurements, "campaign;unit;indicator;period;value\nBK2022;BK-TTBCXB;BK22-01;2022-12;4321\n", acceptWarnings: true);
        outcome.Events.Should().Be(1, string.Join("; ", outcome.Errors));
        var after = await bodies.GetAsync("BK2022", request, Draw, default);
        after.Should().NotBeSameAs(first, "the import moved the log: the page is drawn again");
    }

    [Fact]
    public async Task An_import_shows_its_new_score_on_the_next_campaign_page()
    {
        await web.ChangeFeedListeningAsync();
        const string page = "/campaigns/BK2022?period=2022-12";
        var before = await web.Client.GetStringAsync(page);

        var outcome = await ProductDatabase.ImportAsync(web.Runtime, ImportKind.Measurements,
            "campaign;unit;indicator;period;value\nBK2022;BK-TTBCXB;BK22-01;2022-12;98765\n", acceptWarnings: true);
        outcome.Events.Should().Be(1, string.Join("; ", outcome.Errors));
        var score = (await web.Runtime.Analytics.RankingAsync("BK2022", new ThiDua.Periods.YearMonth(2022, 12), null)).Rows.Single(r => r.Unit == "BK-TTBCXB").Score;
        var after = WebUtility.HtmlDecode(await web.Client.GetStringAsync(page));

        after.Should().Contain("/units/BK-TTBCXB/score?period=2022-12\" title=\"Xem cách tính và nguồn số liệu\">" + VietnameseNumber.FormatFixed(score, 2) + "</a>");
        WebUtility.HtmlDecode(before).Should().NotContain("/units/BK-TTBCXB/score?period=2022-12\" title=\"Xem cách tính và nguồn số liệu\">" + VietnameseNumber.FormatFixed(score, 2) + "</a>",
            "the new value changed the unit's score");
    }
}
