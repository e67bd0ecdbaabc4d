using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ThiDua.Charts;
using ThiDua.Dashboards;
using ThiDua.Web.Replicas;
using ThiDua.Registry;
using ThiDua.Web.Api;
using ThiDua.Web.Charts;
using ThiDua.Web.Errors;
using ThiDua.Web.Html;

namespace ThiDua.Web.Campaigns;

/// <summary>The campaign pages: <c>/</c>, <c>/campaigns/{c}</c>, its units and its indicators.</summary>
public static class CampaignPages
{
    /// <summary>The campaign page shows the leadership dashboard; without its file, these panels.</summary>
    public static DashboardDefinition FallbackLeadership { get; } = new("Tổng quan", null, ["cluster", "period", "asOf"],
    [
        new PanelDefinition("Mức độ hoàn thành chung", "attainment"),
        new PanelDefinition("Xếp hạng trong cụm, khối", "ranking"),
        new PanelDefinition("Đơn vị × chỉ tiêu", "heatmap", Wide: true),
    ]);

    public static IEndpointRouteBuilder MapCampaignPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", async (ReadDatabase reads, DashboardCatalog catalog, CancellationToken ct) =>
        {
            await using var conn = await reads.Runtime.DataSource.OpenConnectionAsync(ct);
            return Pages.Html(CampaignListPage.Render(await RegistryQueries.CampaignsAsync(conn, ct),
                catalog.Names().Select(n => (Name: n, catalog.TryFind(n)?.Title)).Where(d => d.Title is not null).Select(d => (d.Name, d.Title!)).ToList()));
        }).ExcludeFromDescription();

        app.MapGet("/campaigns/{campaign}", async (string campaign, HttpRequest request, CampaignViews views, CampaignPageBodies bodies,
            DashboardCatalog catalog, DashboardRenderer renderer, CancellationToken ct) =>
        {
            CampaignView? loaded = null;
            var body = await bodies.GetAsync(campaign, request, async () =>
            {
                var (view, selection) = await LoadAsync(campaign, request, views, ct);
                loaded = view;
                var leadership = catalog.TryFind("leadership") ?? FallbackLeadership;
                var panels = renderer.Render(leadership, view.Snapshot, selection, view.Result, () => view.Awards);
                return CampaignDashboardPage.Render(view, selection, panels, leadership, request);
            }, ct);
            // Only an admin's forms need the view when the body was kept (then the kept view: no recompute).
            return await CampaignDashboardPage.PageAsync(body, request, async () => loaded ?? (await LoadAsync(campaign, request, views, ct)).Item1);
        }).ExcludeFromDescription();

        app.MapGet("/campaigns/{campaign}/units/{unit}", async (string campaign, string unit, HttpRequest request, CampaignViews views,
            IChartRenderer charts, CancellationToken ct) =>
        {
            var (view, selection) = await LoadAsync(campaign, request, views, ct);
            var found = view.Snapshot.Units.GetValueOrDefault(unit)
                ?? throw RequestRejectedException.NotFound($"Không có đơn vị '{unit}' / unit '{unit}' does not exist.");
            return Pages.Html(UnitPage.Render(view, found, selection, charts));
        }).ExcludeFromDescription();

        app.MapGet("/campaigns/{campaign}/indicators/{indicator}", async (string campaign, string indicator, HttpRequest request, CampaignViews views,
            IChartRenderer charts, CancellationToken ct) =>
        {
            var (view, selection) = await LoadAsync(campaign, request, views, ct);
            var found = view.Snapshot.Indicators.FirstOrDefault(i => i.Code == indicator)
                ?? throw RequestRejectedException.NotFound($"Phong trào {campaign} không có chỉ tiêu '{indicator}' / campaign {campaign} has no indicator '{indicator}'.");
            return Pages.Html(IndicatorPage.Render(view, found, selection, charts, request));
        }).ExcludeFromDescription();
        return app;
    }

    public static async Task<(CampaignView, DashboardSelection)> LoadAsync(string campaign, HttpRequest request, CampaignViews views, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(views);
        var query = AnalyticsQuery.From(request);
        var view = await views.LoadAsync(campaign, query.Period, query.AsOf, ct);
        return (view, ChartSelection.From(request, view.Snapshot, view.Period, query.AsOf));
    }
}
