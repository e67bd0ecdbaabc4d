using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using ThiDua.Tests.Infrastructure;
using ThiDua.Tests.Web;

namespace ThiDua.Tests.Documentation;

/// <summary>
/// Every route the docs write between backticks (`/campaigns/{c}/compare?units=A,B`, `GET /api/search?q=`,
/// `/exports/{ranking|…}.xlsx`) is one the web app maps: a route renamed or dropped cannot stay in a page.
/// </summary>
public sealed partial class DocsRoutesTests(ProductDatabase database) : IClassFixture<ProductDatabase>
{
    private static readonly string[] Roots =
        ["campaigns", "api", "charts", "exports", "imports", "units", "search", "dashboards", "jobs", "reports", "audit",
         "users", "signin", "signout", "health", "openapi", "assets", "decisions"];

    // A route between backticks, after an optional method: up to its query string or the end of the code.
    [GeneratedRegex(@"`(?:(?:GET|POST|HEAD)\s+)?(/[^`?\s]*)")]
    private static partial Regex Route();

    [GeneratedRegex(@"\{([^{}]*[,|][^{}]*)\}")]
    private static partial Regex Choices();

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"([\w-]+(?:\|[\w-]+)+)")]
    private static partial Regex Bars();

    [Fact]
    public async Task Every_route_the_docs_name_is_mapped_by_the_web_app()
    {
        await using var app = await WebTestHost.StartAsync(database.ConnectionString);
        var templates = ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .Select(e => Segments(e.RoutePattern.RawText ?? "")).ToList();
        var routes = DocsPages.Lines()
            .SelectMany(l => Route().Matches(l.Text).Select(m => (l.Page, l.Line, Path: m.Groups[1].Value.TrimEnd('.', ',', ')'))))
            .Where(r => r.Path == "/" || Roots.Contains(r.Path.Split('/')[1].Split('.')[0]))
            .ToList();
        routes.Should().HaveCountGreaterThan(100, "the docs name many routes (this test must find them)");
        var unmapped = routes
            .SelectMany(r => Expand(r.Path).Where(p => !templates.Any(t => Leads(t, Segments(p)))).Select(p => $"{DocsPages.Name(r.Page)}:{r.Line}: {p}"))
            .Distinct().ToList();
        unmapped.Should().BeEmpty("a reader requests the route as written");
    }

    // `/charts/{attainment,ranking}.svg|png` → the four paths; a parameter `{c}` → a sample value.
    private static IEnumerable<string> Expand(string path)
    {
        if (Choices().Match(path) is { Success: true } braces)
            return braces.Groups[1].Value.Split(',', '|').SelectMany(c => Expand(path[..braces.Index] + c.Trim() + path[(braces.Index + braces.Length)..]));
        if (Bars().Match(path) is { Success: true } bars)
            return bars.Value.Split('|').SelectMany(c => Expand(path[..bars.Index] + c + path[(bars.Index + bars.Length)..]));
        return [Parameter().Replace(path.Replace("/…/", "/x1/", StringComparison.Ordinal).Replace("…", "", StringComparison.Ordinal), "x1")];
    }

    // A documented path is the route or the start of routes ("`POST /api/imports` takes tokens only"), segment by segment.
    private static bool Leads(IReadOnlyList<string> template, IReadOnlyList<string> path) =>
        path.Count <= template.Count && path.Select((s, i) => Matches(template[i], s)).All(m => m);

    // A template's segment ("{chart}.svg", "{seq:long}") against a path's: its parameters take any non-empty text.
    private static bool Matches(string template, string segment) =>
        Regex.IsMatch(segment, "^" + Parameter().Replace(Regex.Escape(template).Replace(@"\{", "{", StringComparison.Ordinal), ".+") + "$");

    private static string[] Segments(string path) => path.Trim('/').Split('/') is [""] ? [] : path.Trim('/').Split('/');
}
