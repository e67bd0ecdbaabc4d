using System.Net;
using System.Text.RegularExpressions;
using ThiDua.Tests.Security;

namespace ThiDua.Tests.Web;

/// <summary>
/// Every link a signed-in user is shown opens for that user: starting from "/", each same-site href and src of every
/// page reached is followed (breadth first) and must answer 200 — no broken link, no link to a page the role may not
/// open, no chart that fails for the filters a page put in its URL. Every page and chart on the way is Vietnamese
/// in NFC (composed diacritics, as typed on a Vietnamese keyboard and as the fonts shape best).
/// </summary>
public sealed partial class LinkCrawlTests(SecuredWebApp web) : IClassFixture<SecuredWebApp>
{
    private const int MaxPages = 1500;

    [Fact]
    public async Task Every_link_a_viewer_is_shown_opens() => await CrawlAsync(web.ViewerToken);

    [Fact]
    public async Task Every_link_an_admin_is_shown_opens() => await CrawlAsync(web.AdminToken);

    private async Task CrawlAsync(string token)
    {
        using var client = web.ClientWith(token);
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var queue = new Queue<(string Url, string From)>([("/", "(start)")]);
        var broken = new List<string>();
        while (queue.Count > 0 && seen.Count < MaxPages)
        {
            var (url, from) = queue.Dequeue();
            using var response = await client.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                broken.Add($"{url} → {(int)response.StatusCode} (linked from {from})");
                continue;
            }
            var type = response.Content.Headers.ContentType?.MediaType;
            if (type is not ("text/html" or "image/svg+xml")) continue;
            var text = await response.Content.ReadAsStringAsync();
            if (!text.IsNormalized(System.Text.NormalizationForm.FormC)) broken.Add($"{url}: not NFC (linked from {from})");
            if (type == "image/svg+xml") continue;
            if (!text.Contains("<html lang=\"vi\"", StringComparison.Ordinal)) broken.Add($"{url}: not marked lang=\"vi\"");
            foreach (var link in Links(text))
                if (seen.Add(link)) queue.Enqueue((link, url));
        }
        broken.Should().BeEmpty();
        seen.Count.Should().BeGreaterThan(100, "the seed's campaigns, units, indicators, charts and dashboards are all linked");
    }

    // Same-site links only ("/…", not "//…"); fragments dropped; sign-out is a form, not a link.
    private static IEnumerable<string> Links(string html)
    {
        foreach (Match m in LinkAttribute().Matches(html))
        {
            var url = WebUtility.HtmlDecode(m.Groups["url"].Value);
            var hash = url.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0) url = url[..hash];
            if (url.Length == 0 || !url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal)) continue;
            yield return url;
        }
    }

    [GeneratedRegex("""(?:href|src)="(?<url>[^"]*)""")]
    private static partial Regex LinkAttribute();
}
