using System.Net;
using System.Text.Json;
using ThiDua.Tests.Security;

namespace ThiDua.Tests.Web;

/// <summary>
/// The campaign page's admin forms: close the figures, see the lock (headline, section, history), record a council
/// decision, see it in the awards API; a reopen without a reason is refused; other roles may not close.
/// </summary>
public sealed class PeriodAndDecisionFormsTests(SecuredWebApp web) : IClassFixture<SecuredWebApp>
{
    [Fact]
    public async Task An_admin_closes_the_last_month_on_the_campaign_page_then_records_a_decision_that_the_awards_api_returns()
    {
        using var session = web.NewSession();
        (await session.SignInAsync("admin", TestUsers.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var before = WebUtility.HtmlDecode(await session.Client.GetStringAsync("/campaigns/LS2021"));
        before.Should().Contain("Chưa chốt tháng nào").And.Contain("action=\"/campaigns/LS2021/periods/close\"")
            .And.Contain("Quyết định khen thưởng được ghi sau khi chốt số liệu tháng cuối (10/2021)");
        var af = await session.FormTokenAsync("/campaigns/LS2021");
        var beforeClose = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);
        await Task.Delay(20);

        var close = await Post(session, "/campaigns/LS2021/periods/close", af, ("month", "2021-10"), ("reason", "Tổng kết đợt thi đua"));

        close.StatusCode.Should().Be(HttpStatusCode.Redirect);
        close.Headers.Location!.ToString().Should().Be("/campaigns/LS2021?done=closed&month=2021-10#chot-so-lieu");
        var today = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var closed = WebUtility.HtmlDecode(await session.Client.GetStringAsync("/campaigns/LS2021?period=2021-10"));
        closed.Should().Contain($"Số liệu đã chốt đến hết tháng 10/2021 — admin, {today}")
            .And.Contain("Kỳ tháng 10/2021: <strong>đã chốt</strong>")
            .And.Contain("Chốt số liệu đến hết tháng 10/2021</td><td>admin</td><td>Tổng kết đợt thi đua</td>")
            .And.Contain("action=\"/campaigns/LS2021/decisions\"").And.Contain("action=\"/campaigns/LS2021/periods/reopen\"");

        var decided = await Post(session, "/campaigns/LS2021/decisions", af, ("candidate", "LS21-CO|LS-STTTT"), ("decision", "approved"),
            ("reference", "2280/QĐ-UBND"), ("date", "2021-11-26"), ("note", ""));

        decided.StatusCode.Should().Be(HttpStatusCode.Redirect, await decided.Content.ReadAsStringAsync());
        decided.Headers.Location!.ToString().Should().Be("/campaigns/LS2021?done=decision#quyet-dinh");
        (await session.Client.GetStringAsync(decided.Headers.Location.ToString())).Should()
            .Contain("<h2 id=\"quyet-dinh\">Quyết định khen thưởng</h2><p class=\"notice ok\" role=\"status\">Đã ghi nhận quyết định khen thưởng");
        var awards = JsonDocument.Parse(await web.Client.GetStringAsync("/api/campaigns/LS2021/awards")).RootElement.EnumerateArray()
            .Single(a => a.GetProperty("form").GetString() == "LS21-CO" && a.GetProperty("unit").GetString() == "LS-STTTT");
        awards.GetProperty("decision").GetString().Should().Be("approved");
        awards.GetProperty("reference").GetString().Should().Be("2280/QĐ-UBND");
        var page = WebUtility.HtmlDecode(await session.Client.GetStringAsync("/campaigns/LS2021"));
        page.Should().Contain("<td>đồng ý</td><td>2280/QĐ-UBND</td><td>26/11/2021</td>").And.Contain("1 quyết định khen thưởng: 1 đồng ý");

        var asOf = WebUtility.HtmlDecode(await session.Client.GetStringAsync($"/campaigns/LS2021?asOf={Uri.EscapeDataString(beforeClose)}"));
        asOf.Should().Contain("Chưa chốt tháng nào", "as of before the close, nothing was closed")
            .And.Contain("Chưa có quyết định khen thưởng nào được ghi nhận.").And.NotContain("/periods/close\"");

        var noReason = await Post(session, "/campaigns/LS2021/periods/reopen", af, ("month", "2021-10"), ("reason", ""));
        noReason.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await noReason.Content.ReadAsStringAsync()).Should().Contain("needs a reason");
    }

    [Fact]
    public async Task An_analyst_may_not_close_and_sees_no_forms()
    {
        using var session = web.NewSession();
        (await session.SignInAsync("analyst", TestUsers.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var html = await session.Client.GetStringAsync("/campaigns/KG2021");
        html.Should().NotContain("/periods/close").And.NotContain("/decisions\"");
        var af = await session.FormTokenAsync("/campaigns/KG2021");

        var close = await Post(session, "/campaigns/KG2021/periods/close", af, ("month", "2021-12"));

        close.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await web.ScalarAsync("select count(*) from es_events where stream_id = 'campaign-KG2021/periods'")).Should().Be(0);
    }

    [Fact]
    public async Task The_import_api_takes_award_decisions_and_refuses_them_before_the_close_naming_the_line()
    {
        using var client = web.ClientWith(web.AnalystToken);

        var response = await CsvUpload.PostAsync(client, "/api/imports/award_decisions",
            "campaign;form;unit;decision;reference;date;note\nBK2022;BK22-CO;BK-CNTT;đồng ý;286/QĐ-UBND;20/02/2023;\n");

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var outcome = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        outcome.GetProperty("kind").GetString().Should().Be("award_decisions");
        var error = outcome.GetProperty("errors").EnumerateArray().Single();
        error.GetProperty("line").GetInt32().Should().Be(2);
        error.GetProperty("message_en").GetString().Should().Contain("The last month (2022-12) of campaign BK2022 is not closed");
    }

    [Fact]
    public async Task A_reopen_with_a_reason_of_spaces_names_the_forms_field_not_the_cli_option_and_leads_back_to_the_campaign()
    {
        using var session = web.NewSession();
        (await session.SignInAsync("admin", TestUsers.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var af = await session.FormTokenAsync("/campaigns/LS2021-TTTT");
        (await Post(session, "/campaigns/LS2021-TTTT/periods/close", af, ("month", "2021-10"))).StatusCode.Should().Be(HttpStatusCode.Redirect);

        // The browser's "required" lets a reason of spaces through.
        var refused = await Post(session, "/campaigns/LS2021-TTTT/periods/reopen", af, ("month", "2021-10"), ("reason", "   "));

        refused.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        html.Should().Contain("điền ô 'Lý do (bắt buộc)' ở mục 'Chốt số liệu'").And.Contain("needs a reason").And.NotContain("--reason");
        html.Should().Contain("<a href=\"/campaigns/LS2021-TTTT\">← Về trang phong trào</a>");
    }

    [Fact]
    public async Task After_a_close_and_a_reopen_the_section_says_what_was_done_as_a_status_and_a_link_kept_for_later_says_nothing_false()
    {
        using var session = web.NewSession();
        (await session.SignInAsync("admin", TestUsers.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var af = await session.FormTokenAsync("/campaigns/BK2021-BAUCU");
        const string Heading = "<h2 id=\"chot-so-lieu\">Chốt số liệu</h2>";

        var close = await Post(session, "/campaigns/BK2021-BAUCU/periods/close", af, ("month", "2021-04"));

        var afterClose = close.Headers.Location!.ToString();
        afterClose.Should().Be("/campaigns/BK2021-BAUCU?done=closed&month=2021-04#chot-so-lieu");
        (await session.Client.GetStringAsync(afterClose)).Should()
            .Contain(Heading + "<p class=\"notice ok\" role=\"status\">Đã chốt số liệu đến hết tháng 04/2021.</p>");
        (await session.Client.GetStringAsync("/campaigns/BK2021-BAUCU?done=closed&month=2021-03")).Should()
            .NotContain("role=\"status\">Đã chốt", "the figures are closed through April, not March");
        using var viewerClient = web.ClientWith(web.ViewerToken);
        var viewer = await viewerClient.GetStringAsync(afterClose);
        viewer.Should().NotContain("Đã chốt số liệu đến hết tháng 04/2021.", "only the admin who has the forms is told what a form did");

        var reopen = await Post(session, "/campaigns/BK2021-BAUCU/periods/reopen", af, ("month", "2021-03"), ("reason", "Sửa số liệu tháng 3"));

        reopen.Headers.Location!.ToString().Should().Be("/campaigns/BK2021-BAUCU?done=reopened&month=2021-03#chot-so-lieu");
        (await session.Client.GetStringAsync(reopen.Headers.Location.ToString())).Should()
            .Contain(Heading + "<p class=\"notice ok\" role=\"status\">Đã mở lại số liệu từ tháng 03/2021 (và các tháng sau).</p>");
        (await session.Client.GetStringAsync(afterClose)).Should().NotContain("role=\"status\">Đã chốt", "April is open again");
    }

    private static Task<HttpResponseMessage> Post(BrowserSession session, string url, string af, params (string Name, string Value)[] fields) =>
        session.Client.PostAsync(url, new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))
            .Append(KeyValuePair.Create("__RequestVerificationToken", af))));
}
