using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ThiDua.Charts;
using ThiDua.Charts.Png;
using ThiDua.Dashboards;
using ThiDua.Web.Api;
using ThiDua.Web.Campaigns;
using ThiDua.Web.Errors;
using ThiDua.Web.Transfer;

namespace ThiDua.Web.Charts;

/// <summary>
/// <c>/charts/{kind}.svg</c> and <c>/charts/{kind}.png</c>: one chart, drawn from the same models as the dashboard
/// panels (<see cref="DashboardRenderer.RenderPanel{TImage}"/>), so an embedded chart, a panel and a download never
/// disagree: SVG by our renderer, PNG by ScottPlot. The SVG takes an optional <c>layout=narrow</c>: the phone layout the
/// pages show below 640 px (<see cref="ChartLayout.Narrow"/>); <c>layout=wide</c> or none is the chart as always.
/// </summary>
public static class ChartsApi
{
    public static IEndpointRouteBuilder MapChartsApi(this IEndpointRouteBuilder app)
    {
        // The route value is "chart": the query's "kind" is the unit kind (collective/individual).
        app.MapGet("/charts/{chart}.svg", async (string chart, [FromQuery] string? campaign, HttpRequest request,
            CampaignViews views, IChartRenderer charts, CancellationToken ct) =>
            Results.Text(await RenderAsync(Layout(request.Query["layout"]) == ChartLayout.Narrow ? SvgChartRenderer.Narrow : charts,
                chart, campaign, request, views, ct), charts.ContentType + "; charset=utf-8"))
            .WithBodyETag().ExcludeFromDescription();

        app.MapGet("/charts/{chart}.png", async (string chart, [FromQuery] string? campaign, HttpRequest request,
            CampaignViews views, PngChartRenderer charts, CancellationToken ct) =>
            Results.File(await RenderAsync(charts, chart, campaign, request, views, ct), charts.ContentType,
                $"{campaign}-{chart}.png"))
            .ExcludeFromDescription();
        return app;
    }

    private static ChartLayout Layout(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "wide" => ChartLayout.Wide,
        "narrow" => ChartLayout.Narrow,
        _ => throw RequestRejectedException.BadRequest(
            $"Bố cục biểu đồ '{text}' không hợp lệ: wide hoặc narrow / chart layout '{text}' must be wide or narrow."),
    };

    private static async Task<TImage> RenderAsync<TImage>(IChartRenderer<TImage> charts, string chart, string? campaign, HttpRequest request,
        CampaignViews views, CancellationToken ct)
    {
        if (!DashboardDefinition.ChartKinds.Contains(chart))
            throw RequestRejectedException.NotFound(
                $"Không có loại biểu đồ '{chart}' / no chart kind '{chart}': {string.Join(", ", DashboardDefinition.ChartKinds.Order())}.");
        if (string.IsNullOrWhiteSpace(campaign))
            throw RequestRejectedException.BadRequest("Thiếu tham số campaign / the campaign parameter is required.");
        var query = AnalyticsQuery.From(request);
        var view = await views.LoadAsync(campaign, query.Period, query.AsOf, ct);
        var selection = ChartSelection.From(request, view.Snapshot, view.Period, query.AsOf);
        var panel = new PanelDefinition("", chart, Kind: ChartSelection.UnitKind(request.Query["kind"]));
        return DashboardRenderer.RenderPanel(charts, panel, view.Snapshot, view.Result, chart == "awards" ? view.Awards : [], selection);
    }
}
