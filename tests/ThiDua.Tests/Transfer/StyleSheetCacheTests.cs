using System.Net;
using System.Text.RegularExpressions;
using ThiDua.Tests.Web;
using ThiDua.Web.Html;

namespace ThiDua.Tests.Transfer;

/// <summary>
/// Pages link the style sheet with its version in the address, so a phone keeps it for good instead of asking again
/// every hour over 3G; a new sheet is a new address.
/// </summary>
public sealed partial class StyleSheetCacheTests(SeededWebApp web) : IClassFixture<SeededWebApp>
{
    [Fact]
    public async Task A_page_links_the_versioned_style_sheet_which_is_kept_for_a_year_and_never_asked_again()
    {
        var page = await web.Client.GetStringAsync("/");
        var href = WebUtility.HtmlDecode(StyleSheetLink().Match(page).Groups[1].Value);
        href.Should().StartWith(StyleSheet.Path + "?v=");

        using var anonymous = web.NewClient();
        var css = await anonymous.GetAsync(href);

        css.EnsureSuccessStatusCode();
        css.Headers.CacheControl!.ToString().Should().Be(StyleSheet.Immutable);
        (await css.Content.ReadAsStringAsync()).Should().Contain("body");
    }

    [Theory]
    [InlineData("/assets/thidua.css")]
    [InlineData("/assets/thidua.css?v=0123456789abcdef")]
    public async Task An_address_without_this_sheets_version_is_kept_an_hour_as_before(string url)
    {
        using var anonymous = web.NewClient();

        var css = await anonymous.GetAsync(url);

        css.Headers.CacheControl!.ToString().Should().Be(StyleSheet.Unversioned);
    }

    [Fact]
    public async Task An_hour_old_copy_is_confirmed_with_a_304()
    {
        using var anonymous = web.NewClient();
        var css = await anonymous.GetAsync(StyleSheet.Path);

        using var again = new HttpRequestMessage(HttpMethod.Get, StyleSheet.Path);
        again.Headers.IfNoneMatch.Add(css.Headers.ETag!);
        var confirmed = await anonymous.SendAsync(again);

        confirmed.StatusCode.Should().Be(HttpStatusCode.NotModified);
        (await confirmed.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\">")]
    private static partial Regex StyleSheetLink();
}
