using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using ThiDua.Formatting;
using ThiDua.Security;
using ThiDua.Tests.Infrastructure;
using ThiDua.Tests.Security;

namespace ThiDua.Tests.Web.Search;

/// <summary>
/// A leader looks for "Chi Lăng" however they type it: <c>GET /api/search</c> and the page <c>/search</c> find the
/// seed's units (computed from seed-data/units.csv), link each to its record, say plainly when nothing matches and
/// offer the name one letter away; every page's header carries the search field; viewers may search, no one signed out.
/// </summary>
public sealed class SearchWebTests(SeededWebApp web) : IClassFixture<SeededWebApp>
{
    private static IReadOnlyList<string> SeedUnitsWith(string folded) =>
        File.ReadLines(Path.Combine(SeedFiles.Directory, "units.csv")).Skip(1).Select(l => l.Split(';'))
            .Where(f => SearchFolding.Fold(f[0] + " " + f[1]).Contains(folded, StringComparison.Ordinal)).Select(f => f[0]).Order(StringComparer.Ordinal).ToList();

    [Theory]
    [InlineData("chi lang")]
    [InlineData("CHI LĂNG")]
    [InlineData("chí lăng")]
    [InlineData("Chi La\u0306ng")]
    public async Task The_api_finds_the_unit_however_its_name_is_typed(string q)
    {
        using var viewer = web.NewClient().WithToken(await TestUsers.AddAsync(web.DataSource, "search-" + Guid.NewGuid().ToString("N")[..8], Role.Viewer));

        var response = await viewer.GetAsync("/api/search?q=" + Uri.EscapeDataString(q));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        ((string)body["folded"]!).Should().Be("chi lang");
        var units = body["units"]!["items"]!.AsArray();
        units.Select(u => (string)u!["code"]!).Order(StringComparer.Ordinal).Should().Equal(SeedUnitsWith("chi lang")).And.Contain("LS-CHILANG");
        var chiLang = units.Single(u => (string)u!["code"]! == "LS-CHILANG")!;
        ((string)chiLang["url"]!).Should().Be("/units/LS-CHILANG");
        ((string)chiLang["name"]!).Should().Be("UBND huyện Chi Lăng");
        (await viewer.GetAsync((string)chiLang["url"]!)).StatusCode.Should().Be(HttpStatusCode.OK, "the link leads to the unit's record");
    }

    [Fact]
    public async Task The_api_links_an_indicator_to_its_campaign_page_and_a_campaign_to_its_own()
    {
        var body = JsonNode.Parse(await web.Client.GetStringAsync("/api/search?q=BK22-01"))!;
        var campaigns = JsonNode.Parse(await web.Client.GetStringAsync("/api/search?q=bk2022&kind=campaign"))!;

        var indicator = body["indicators"]!["items"]!.AsArray()[0]!;
        ((string)indicator["match"]!).Should().Be("exact_code");
        ((string)indicator["url"]!).Should().Be("/campaigns/BK2022/indicators/BK22-01");
        (await web.Client.GetAsync((string)indicator["url"]!)).StatusCode.Should().Be(HttpStatusCode.OK);
        ((string)campaigns["campaigns"]!["items"]![0]!["url"]!).Should().Be("/campaigns/BK2022");
        campaigns["units"].Should().BeNull("only campaigns were asked for");
    }

    [Theory]
    [InlineData("/api/search", "q")]
    [InlineData("/api/search?q=%20%20", "q")]
    [InlineData("/api/search?q=a&kind=person", "kind")]
    [InlineData("/api/search?q=a&limit=0", "limit")]
    [InlineData("/search?q=a&limit=201", "limit")]
    public async Task A_bad_query_is_a_400_saying_what_to_write_in_both_languages(string url, string what)
    {
        var response = await web.Client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        text.Should().Contain(what).And.Contain(" / ");
    }

    [Fact]
    public async Task A_query_over_the_longest_is_refused()
    {
        var response = await web.Client.GetAsync("/api/search?q=" + new string('a', ThiDua.Search.RegistrySearch.MaxQueryLength + 1));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task No_one_signed_out_may_search()
    {
        using var anonymous = web.NewClient();

        (await anonymous.GetAsync("/api/search?q=chi")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync("/search?q=chi")).StatusCode.Should().BeOneOf(HttpStatusCode.Redirect, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_page_lists_the_units_found_with_links_to_their_records()
    {
        var html = await web.Client.GetStringAsync("/search?q=chi+lang");

        html.Should().Contain("<h1>Tìm kiếm</h1>").And.Contain("<a href=\"/units/LS-CHILANG\">UBND huyện Chi Lăng</a>")
            .And.Contain("value=\"chi lang\"").And.NotContain("<script");
        html.Should().Contain($"Tìm thấy {SeedUnitsWith("chi lang").Count} kết quả");
    }

    [Fact]
    public async Task Nothing_found_is_said_in_vietnamese_and_english_with_the_name_one_letter_away()
    {
        var html = await web.Client.GetStringAsync("/search?q=chi+lanh");

        html.Should().Contain("Không tìm thấy đơn vị, chỉ tiêu hay phong trào nào").And.Contain("Nothing matches “chi lanh”");
        html.Should().Contain("Có phải <a href=\"/units/LS-CHILANG\">UBND huyện Chi Lăng</a>");
    }

    [Fact]
    public async Task Every_signed_in_page_has_the_search_field_in_its_header_labelled_for_screen_readers()
    {
        var html = await web.Client.GetStringAsync("/campaigns/BK2022");
        var header = html[html.IndexOf("<header", StringComparison.Ordinal)..html.IndexOf("</header>", StringComparison.Ordinal)];

        header.Should().Contain("<form class=\"search\" role=\"search\" method=\"get\" action=\"/search\"")
            .And.Contain("<label class=\"sr-only\" for=\"tim-kiem-menu\">").And.Contain("<input id=\"tim-kiem-menu\" type=\"search\" name=\"q\"");
        (await web.NewClient().GetStringAsync("/signin")).Should().NotContain("role=\"search\"", "signed out, the field would only lead back to sign-in");
    }

    [Fact]
    public async Task On_the_results_page_the_header_field_holds_the_query_too()
    {
        var html = await web.Client.GetStringAsync("/search?q=chi+l%C4%83ng+%22A%22");
        var other = await web.Client.GetStringAsync("/campaigns/BK2022");

        Header(html).Should().Contain("<input id=\"tim-kiem-menu\" type=\"search\" name=\"q\"").And.Contain("value=\"chi lăng &quot;A&quot;\"");
        Header(other).Should().NotContain("value=", "elsewhere the field is empty");
    }

    private static string Header(string html) =>
        html[html.IndexOf("<form class=\"search\"", StringComparison.Ordinal)..html.IndexOf("</form>", html.IndexOf("<form class=\"search\"", StringComparison.Ordinal), StringComparison.Ordinal)];
}
