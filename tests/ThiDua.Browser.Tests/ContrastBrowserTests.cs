namespace ThiDua.Browser.Tests;

/// <summary>
/// WCAG 1.4.3 (AA): every visible text on the main pages — HTML, form controls' values and the charts' SVG words —
/// has a contrast of at least 4.5:1 against what is drawn behind it (3:1 for large text: 24 px, or bold 18.66 px).
/// On a laptop and on a phone, where the charts are their narrow layouts and tables other colours' neighbours.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ContrastBrowserTests(BrowserApp app)
{
    public static TheoryData<string, int> Pages => MainPages.At(1280, 390);

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task EveryTextOnTheMainPagesHasEnoughContrast(string url, int width)
    {
        var page = await MainPages.OpenAsync(app, url, width);

        var probe = System.Text.Json.JsonSerializer.Deserialize<Probe>(await page.EvaluateAsync<string>(ContrastProbe.Script),
            new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))!;
        var failures = probe.Failures;

        // A probe that finds no text checks nothing: every page has its menu or form, and the chart pages their words.
        probe.Html.Should().BeGreaterThan(5, $"the probe reads {url}'s text");
        if (await page.Locator(".chart svg").CountAsync() > 0) probe.Svg.Should().BeGreaterThan(0, $"the probe reads {url}'s charts");

        failures.Should().BeEmpty($"every text on {url} at {width} px reads at WCAG AA contrast ({probe.Html} HTML and {probe.Svg} SVG texts checked); too faint:\n" +
            string.Join("\n", failures.Select(f => $"  {f.Where} \"{f.Text}\": {f.Colour} on {f.Background} = {f.Ratio}:1 (needs {f.Needed})")));
    }

    public sealed record Probe(int Html, int Svg, Failure[] Failures);

    public sealed record Failure(string Where, string Text, string Colour, string Background, double Ratio, double Needed);
}
