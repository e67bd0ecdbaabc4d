using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ThiDua.Charts;
using ThiDua.Dashboards;
using ThiDua.Web.Api;
using ThiDua.Web.Campaigns;
using ThiDua.Web.Errors;

namespace ThiDua.Web.Charts;

/// <summary>
/// <c>/charts/{kind}.svg</c>: one chart as SVG, drawn by the same code as the dashboard panels
/// (<see cref="DashboardRenderer.RenderPanel"/>), so an embedded chart and a panel never disagree.
/// </summary>
public static class ChartsApi
{
    public static IEndpointRouteBuilder MapChartsApi(this IEndpointRouteBuilder app)
    {
        // The route value is "chart": the query's "kind" is the unit kind (collective/individual).
        app.MapGet("/charts/{chart}.svg", async (string chart, [FromQuery] string? campaign, HttpRequest request,
            CampaignViews views, DashboardRenderer renderer, IChartRenderer charts, CancellationToken ct) =>
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
            var svg = renderer.RenderPanel(panel, view.Snapshot, view.Result, chart == "awards" ? view.Awards : [], selection);
            return Results.Text(svg, charts.ContentType + "; charset=utf-8");
        }).ExcludeFromDescription();
        return app;
    }
}
