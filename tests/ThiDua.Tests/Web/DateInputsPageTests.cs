using System.Globalization;
using System.Net;
using ThiDua.Tests.Security;

namespace ThiDua.Tests.Web;

/// <summary>
/// The pages' date fields read dd/mm/yyyy whatever the browser's language (no <c>type="date"</c> or
/// <c>datetime-local</c>, which follow the browser's locale), the server reads what they send, a bad date is a 400
/// saying in Vietnamese and English what to write; the API keeps ISO 8601 only.
/// </summary>
public class DateInputsPageTests(SecuredWebApp web) : IClassFixture<SecuredWebApp>
{
    [Theory]
    [InlineData("/campaigns/BK2022")]
    [InlineData("/campaigns/BK2022/registrations")]
    [InlineData("/campaigns/BK2022/submissions")]
    [InlineData("/audit")]
    public async Task No_page_has_a_date_input_that_follows_the_browsers_locale(string page)
    {
        var html = await web.Client.GetStringAsync(page);

        html.Should().NotContain("type=\"date\"").And.NotContain("datetime-local");
        html.Should().Contain("placeholder=\"dd/mm/yyyy");
    }

    [Fact]
    public async Task The_as_of_field_is_read_day_first_in_vietnam_time_as_the_iso_form_is()
    {
        // Tomorrow at 08:30 in Vietnam: after the seed was imported, so the campaign is there.
        var day = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).AddDays(1);
        var at = new DateTimeOffset(day.Year, day.Month, day.Day, 8, 30, 0, TimeSpan.FromHours(7));
        var written = at.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

        var typed = WebUtility.HtmlDecode(await web.Client.GetStringAsync("/campaigns/BK2022?period=2022-06&asOf=" + Uri.EscapeDataString(written)));
        var iso = WebUtility.HtmlDecode(await web.Client.GetStringAsync("/campaigns/BK2022?period=2022-06&asOf=" + Uri.EscapeDataString(at.ToString("O", CultureInfo.InvariantCulture))));

        typed.Should().Contain($"name=\"asOf\" value=\"{written}:00\"");
        iso.Should().Contain($"name=\"asOf\" value=\"{written}:00\"");
        typed.Should().Contain("asOf=" + Uri.EscapeDataString(at.ToString("O", CultureInfo.InvariantCulture)), "the page's own links carry the ISO form");
    }

    [Fact]
    public async Task A_bad_as_of_on_a_page_is_a_400_saying_what_to_write_and_the_api_keeps_iso_only()
    {
        var response = await web.Client.GetAsync("/campaigns/BK2022?asOf=" + Uri.EscapeDataString("31/02/2024"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Should().Contain("Thời điểm '31/02/2024'")
            .And.Contain("viết ngày dd/mm/yyyy").And.Contain("write the day as dd/mm/yyyy");
        (await web.Client.GetAsync("/api/campaigns/BK2022/ranking?asOf=" + Uri.EscapeDataString("05/07/2024"))).StatusCode
            .Should().Be(HttpStatusCode.BadRequest, "the API's asOf is ISO 8601 only (docs/contract.md)");
    }

    [Fact]
    public async Task The_audit_days_are_read_day_first_and_a_bad_one_says_what_to_write()
    {
        var typed = WebUtility.HtmlDecode(await web.Client.GetStringAsync("/audit?from=01%2F06%2F2022&to=30%2F06%2F2022"));

        typed.Should().Contain("name=\"from\" value=\"01/06/2022\"").And.Contain("name=\"to\" value=\"30/06/2022\"");
        var bad = await web.Client.GetAsync("/audit?from=" + Uri.EscapeDataString("06/31/2022"));
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()).Should().Contain("Ngày '06/31/2022'").And.Contain("viết dd/mm/yyyy")
            .And.Contain("is not a valid day: write dd/mm/yyyy");
        (await web.Client.GetAsync("/api/audit?from=01%2F06%2F2022")).StatusCode.Should().Be(HttpStatusCode.BadRequest, "the API takes yyyy-MM-dd");
    }

    [Fact]
    public async Task The_decision_date_is_a_day_first_field_and_is_recorded_as_written()
    {
        using var session = web.NewSession();
        await session.SignInAsync("admin", TestUsers.Password);
        var af = await session.FormTokenAsync("/campaigns/LS2021");
        (await Post(session, "/campaigns/LS2021/periods/close", af, ("month", "2021-10"), ("reason", "Tổng kết"))).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var form = await session.Client.GetStringAsync("/campaigns/LS2021");
        form.Should().MatchRegex("<input type=\"text\" name=\"date\" value=\"\" placeholder=\"dd/mm/yyyy\"");

        var decided = await Post(session, "/campaigns/LS2021/decisions", af, ("candidate", "LS21-CO|LS-STTTT"), ("decision", "approved"),
            ("reference", "2280/QĐ-UBND"), ("date", "26/11/2021"), ("note", ""));

        decided.StatusCode.Should().Be(HttpStatusCode.Redirect, await decided.Content.ReadAsStringAsync());
        WebUtility.HtmlDecode(await session.Client.GetStringAsync("/campaigns/LS2021")).Should().Contain("<td>2280/QĐ-UBND</td><td>26/11/2021</td>");
    }

    private static Task<HttpResponseMessage> Post(BrowserSession session, string url, string af, params (string Name, string Value)[] fields) =>
        session.Client.PostAsync(url, new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))
            .Append(KeyValuePair.Create("__RequestVerificationToken", af))));
}
