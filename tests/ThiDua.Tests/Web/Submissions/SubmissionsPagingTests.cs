using System.Net;
using System.Text.RegularExpressions;

namespace ThiDua.Tests.Web.Submissions;

/// <summary>
/// A campaign of 3,000 units, 2,000 of them owing January's figures: the clerk reads the list 500 units at a time, as
/// the campaign page's tables, the counts line still about all 3,000 and the complete units' names paged alike; a
/// province's campaign (the seed's) keeps its one page.
/// </summary>
public sealed partial class SubmissionsPagingTests(OwingThousandsWebApp web) : IClassFixture<OwingThousandsWebApp>
{
    private const string Page = "/campaigns/" + OwingThousandsWebApp.Campaign + "/submissions";

    [Fact]
    public async Task A_campaign_of_thousands_owing_lists_them_500_a_page_with_the_counts_about_every_unit()
    {
        var first = await web.Client.GetStringAsync(Page + "?period=2025-01");
        var text = WebUtility.HtmlDecode(first);

        text.Should().Contain("Số liệu tháng 01/2025: <strong>1.000</strong> đã báo cáo đủ, <strong>1.000</strong> báo cáo thiếu, <strong>1.000</strong> chưa báo cáo (trên 3.000 tập thể, cá nhân");
        Owing(first).Should().HaveCount(500).And.StartWith(OwingThousandsWebApp.Unit(1)).And.EndWith(OwingThousandsWebApp.Unit(749));
        text.Should().Contain("Trang 1/4 (đơn vị 1–500 trong 2.000)").And.Contain("Trang 1/2 (đơn vị 1–500 trong 1.000)");
        Complete(first).Should().HaveCount(500).And.StartWith(OwingThousandsWebApp.Unit(0)).And.EndWith(OwingThousandsWebApp.Unit(1497));
        var next = NextLinks(first);
        next.Should().Equal(Page + "?period=2025-01&page=2#con-thieu", Page + "?period=2025-01&page=2#con-thieu",
            Page + "?period=2025-01&completePage=2#da-du", Page + "?period=2025-01&completePage=2#da-du");

        var second = await web.Client.GetStringAsync(next[0]);
        Owing(second).Should().HaveCount(500).And.StartWith(OwingThousandsWebApp.Unit(751));
        WebUtility.HtmlDecode(second).Should().Contain("<strong>1.000</strong> chưa báo cáo (trên 3.000", "the counts are about every unit, whatever the page");
        var names = await web.Client.GetStringAsync(NextLinks(second)[^1]);
        WebUtility.HtmlDecode(names).Should().Contain("Trang 2/4 (đơn vị 501–1.000 trong 2.000)", "the owing list's page is kept when the names are paged");
        Complete(names).Should().HaveCount(500).And.StartWith(OwingThousandsWebApp.Unit(1500)).And.EndWith(OwingThousandsWebApp.Unit(2997));
        var last = await web.Client.GetStringAsync(Page + "?period=2025-01&page=4");
        Owing(last).Should().HaveCount(500).And.EndWith(OwingThousandsWebApp.Unit(2999));
    }

    [Fact]
    public async Task A_page_past_the_last_is_refused_saying_how_many_there_are_and_the_seed_has_no_pager()
    {
        using var response = await web.Client.GetAsync(Page + "?period=2025-01&page=5");
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var seed = WebUtility.HtmlDecode(await web.Client.GetStringAsync("/campaigns/LS2021/submissions?period=2021-10"));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        body.Should().Contain("chỉ có 4 trang").And.Contain("page");
        seed.Should().NotContain("class=\"pager").And.Contain("UBND huyện Lộc Bình");
    }

    // The units of the owing table, in page order (the unit cell links to the unit's page for the month).
    private static List<string> Owing(string html)
    {
        var start = html.IndexOf("<h2 id=\"con-thieu\"", StringComparison.Ordinal);
        var table = html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
        return UnitLink().Matches(table).Select(m => m.Groups[1].Value).ToList();
    }

    // The complete units' names, "Tên (MÃ)", in page order.
    private static List<string> Complete(string html)
    {
        var section = html[html.IndexOf("<h2 id=\"da-du\"", StringComparison.Ordinal)..];
        return CodeInBrackets().Matches(section[..section.IndexOf("</p>", StringComparison.Ordinal)]).Select(m => m.Groups[1].Value).ToList();
    }

    private static List<string> NextLinks(string html) => NextHref().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    [GeneratedRegex("/units/(SB-[0-9]{4})\\?period=")]
    private static partial Regex UnitLink();

    [GeneratedRegex("\\((SB-[0-9]{4})\\)")]
    private static partial Regex CodeInBrackets();

    [GeneratedRegex("rel=\"next\" href=\"([^\"]+)\"")]
    private static partial Regex NextHref();
}
