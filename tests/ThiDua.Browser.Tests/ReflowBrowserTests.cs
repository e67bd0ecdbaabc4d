namespace ThiDua.Browser.Tests;

/// <summary>
/// WCAG 1.4.10 (reflow): at 320 CSS px (a 1280 px screen at 400% zoom) the main pages read without scrolling the page
/// sideways. Only a wide table (in its <c>.table-wrap</c>) or a chart (the heatmap, in its <c>.panel</c>) may be wider,
/// and scrolls inside its own box, which itself fits. 390 px phones: LeaderPagesBrowserTests, PhoneChartsBrowserTests.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ReflowBrowserTests(BrowserApp app)
{
    public static TheoryData<string, int> Pages => MainPages.At(320);

    // Elements reaching past the viewport's edges that no fitting scroll box of the intended kinds holds: the outermost
    // such, so one too-wide block is named once, not with all its children.
    private const string TooWide = """
        () => {
          const w = innerWidth, out = r => r.right > w + 1 || r.left < -1;
          const name = e => { const cls = (e.getAttribute('class') || '').trim().split(/\s+/)[0];
            return e.tagName.toLowerCase() + (e.id ? '#' + e.id : cls ? '.' + cls : ''); };
          const held = e => { for (let n = e.parentElement; n; n = n.parentElement)
            if (n.matches('.table-wrap, .panel') && /auto|scroll/.test(getComputedStyle(n).overflowX) && !out(n.getBoundingClientRect())) return true;
            return false; };
          const wide = [...document.querySelectorAll('body *')].filter(e => { const r = e.getBoundingClientRect();
            return r.width > 1 && r.height > 1 && out(r) && !held(e); });
          return [document.documentElement.scrollWidth, w,
            ...wide.filter(e => !wide.includes(e.parentElement)).slice(0, 12).map(e => { const r = e.getBoundingClientRect();
              return `${e.parentElement ? name(e.parentElement) + ' > ' : ''}${name(e)} (${Math.round(r.left)}..${Math.round(r.right)} px)`; })];
        }
        """;

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task MainPagesReflowAt320PxWithoutSidewaysScrolling(string url, int width)
    {
        var page = await MainPages.OpenAsync(app, url, width);

        var found = await page.EvaluateAsync<string[]>(TooWide);
        var (scroll, viewport, wide) = (int.Parse(found[0]), int.Parse(found[1]), found[2..]);
        if (scroll > viewport + 1 || wide.Length > 0)
            await BrowserApp.ScreenshotAsync(page, "reflow-" + width + url.Replace('/', '_').Replace('?', '_'));

        scroll.Should().BeLessThanOrEqualTo(viewport + 1, $"{url} at {width} px does not scroll sideways; too wide: {string.Join(", ", wide)}");
        wide.Should().BeEmpty($"on {url} at {width} px nothing but a table or a chart in its own scrolling box is wider than the screen");
    }
}
