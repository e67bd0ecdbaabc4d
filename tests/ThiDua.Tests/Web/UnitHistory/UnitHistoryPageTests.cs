using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.TestHost;
using ThiDua.Formatting;
using ThiDua.Security;
using ThiDua.Tests.Security;
using ThiDua.Tests.UnitHistory;

namespace ThiDua.Tests.Web.UnitHistory;

/// <summary>
/// The clerk weighing Phòng Công nghệ thông tin for a title opens its unit page in the 2022 campaign and follows "Quá trình
/// thi đua": 2023 (January closed), 2022 and the 2021 election campaign, newest first, each score and place as that
/// campaign's unit page shows it, the council's decisions with their numbers — and as of before 2023, what stood then.
/// </summary>
public sealed partial class UnitHistoryPageTests(UnitHistoryDatabase db) : IClassFixture<UnitHistoryDatabase>
{
    [Fact]
    public async Task The_campaign_unit_page_leads_to_the_units_record_of_every_campaign_newest_first()
    {
        await using var app = await WebTestHost.StartAsync(db.ConnectionString);
        using var client = app.GetTestClient().WithToken(await TestUsers.AddAsync(db.DataSource, "history-clerk", Role.Viewer));

        var unitPage = WebUtility.HtmlDecode(await client.GetStringAsync("/campaigns/BK2022/units/BK-CNTT?period=2022-12"));
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/units/BK-CNTT"));

        unitPage.Should().Contain("<a href=\"/units/BK-CNTT\">Quá trình thi đua của đơn vị qua các phong trào, các năm →</a>");
        html.Should().Contain("<h1>Quá trình thi đua — Phòng Công nghệ thông tin (Sở TT&TT Bắc Kạn)</h1>")
            .And.Contain("<td>tháng 01/2023 (đã chốt số liệu)</td><td class=\"num\">90,00</td><td><strong>2</strong>/2 trong Khối các phòng chuyên môn thuộc Sở TT&TT Bắc Kạn (BK-KHOI1)</td>")
            .And.Contain("<td>01/01/2022 – 31/12/2022</td><td>tháng 12/2022 (tổng kết)</td>")
            .And.Contain("Giấy khen của Giám đốc Sở (tập thể): Đề nghị khen thưởng; Hội đồng <strong>không đồng ý</strong>, QĐ số 31/QĐ-STTTT ngày 02/03/2023")
            .And.Contain("Cờ thi đua của UBND tỉnh — dẫn đầu Khối các phòng chuyên môn thuộc Sở TT&TT Bắc Kạn (BK-KHOI1): Đề nghị khen thưởng; "
                + "Hội đồng <strong>đồng ý</strong>, QĐ số 286/QĐ-UBND ngày 20/02/2023");
        html.IndexOf("BK2023 ·", StringComparison.Ordinal).Should().BeLessThan(html.IndexOf("BK2022 ·", StringComparison.Ordinal));
        html.IndexOf("BK2022 ·", StringComparison.Ordinal).Should().BeLessThan(html.IndexOf("BK2021-BAUCU ·", StringComparison.Ordinal));
        // The row's score and place are the ones its link opens: the campaign's unit page at that month.
        html.Should().Contain("<a href=\"/campaigns/BK2022/units/BK-CNTT?period=2022-12\">");
        var place = UnitPagePlace().Match(unitPage);
        place.Success.Should().BeTrue(unitPage);
        html.Should().MatchRegex($"BK2022 ·.*?<td class=\"num\">{Regex.Escape(place.Groups["score"].Value)}</td><td><strong>{place.Groups["rank"].Value}</strong>/");
    }

    [Fact]
    public async Task As_of_before_the_2023_campaign_the_page_shows_what_stood_then_and_its_links_keep_the_instant()
    {
        await using var app = await WebTestHost.StartAsync(db.ConnectionString);
        using var client = app.GetTestClient().WithToken(await TestUsers.AddAsync(db.DataSource, "history-asof", Role.Viewer));
        var iso = VietnameseDates.Iso(db.SeededAt);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/units/BK-CNTT?asOf=" + Uri.EscapeDataString(iso)));
        var unitPage = WebUtility.HtmlDecode(await client.GetStringAsync("/campaigns/BK2022/units/BK-CNTT?asOf=" + Uri.EscapeDataString(iso)));

        html.Should().Contain($"số liệu tính đến {VietnameseDates.CutOff(db.SeededAt)} (giờ Việt Nam)")
            .And.NotContain("BK2023")
            .And.Contain("Giấy khen của Giám đốc Sở (tập thể): Đề nghị khen thưởng; Hội đồng <strong>đồng ý</strong>, QĐ số 25/QĐ-STTTT ngày 08/02/2023")
            .And.Contain($"<a href=\"/campaigns/BK2022/units/BK-CNTT?period=2022-12&asOf={Uri.EscapeDataString(iso)}\">");
        unitPage.Should().Contain($"<a href=\"/units/BK-CNTT?asOf={Uri.EscapeDataString(iso)}\">");
    }

    [Fact]
    public async Task An_unknown_unit_is_a_bilingual_404_naming_the_code_meant_and_a_stranger_is_sent_to_sign_in()
    {
        await using var app = await WebTestHost.StartAsync(db.ConnectionString);
        using var client = app.GetTestClient().WithToken(await TestUsers.AddAsync(db.DataSource, "history-typo", Role.Viewer));
        using var stranger = app.GetTestClient();

        var typo = await client.GetAsync("/units/bk-cntt");
        var early = await client.GetAsync("/units/BK-CNTT?asOf=2020-01-01");

        typo.StatusCode.Should().Be(HttpStatusCode.NotFound);
        WebUtility.HtmlDecode(await typo.Content.ReadAsStringAsync()).Should().Contain("Không có đơn vị 'bk-cntt'")
            .And.Contain("unit 'bk-cntt' does not exist").And.Contain("Có phải 'BK-CNTT'? / Did you mean 'BK-CNTT'?");
        early.StatusCode.Should().Be(HttpStatusCode.NotFound);
        WebUtility.HtmlDecode(await early.Content.ReadAsStringAsync()).Should().Contain("chưa có trong hệ thống tại thời điểm 01/01/2020 00:00")
            .And.NotContain("Có phải");
        (await stranger.GetAsync("/units/BK-CNTT")).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_place_shared_with_other_units_says_so()
    {
        await using var app = await WebTestHost.StartAsync(db.ConnectionString);
        using var client = app.GetTestClient().WithToken(await TestUsers.AddAsync(db.DataSource, "history-tie", Role.Viewer));

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/units/BK-BCVT"));

        html.Should().MatchRegex("BK2021-BAUCU ·.*?<td><strong>3</strong>/5 \\(đồng hạng\\) trong Khối các phòng chuyên môn", "Văn phòng and Thanh tra share the 3rd place with it");
    }

    [GeneratedRegex("Xếp hạng <strong>(?<rank>\\d+)</strong>.*?điểm <strong>(?:<a[^>]*>)?(?<score>[0-9.,]+)")]
    private static partial Regex UnitPagePlace();
}
