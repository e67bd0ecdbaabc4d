using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ThiDua.Campaigns;
using ThiDua.Dashboards;
using ThiDua.Hosting;
using ThiDua.Web.Replicas;
using ThiDua.Registry;
using ThiDua.Web.Campaigns;
using ThiDua.Web.Errors;
using ThiDua.Web.Html;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Dashboards;

/// <summary><c>/dashboards</c> lists the definition files; <c>/dashboards/{name}?campaign=</c> renders one with its own filters.</summary>
public static class DashboardPages
{
    public static IEndpointRouteBuilder MapDashboardPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/dashboards", async (DashboardCatalog catalog, ReadDatabase reads, CancellationToken ct) =>
        {
            var campaigns = await CampaignsAsync(reads.Runtime, ct);
            // The server's folder is an admin's business; everyone else is told the rule.
            var folder = Security.PageUser.Current is { IsAdmin: true } ? $" <code>{H.Encode(catalog.Directory)}</code>" : " dashboards";
            var sb = new StringBuilder($"<p class=\"lead\">Mỗi bảng điều khiển là một tệp JSON trong thư mục{folder}; thêm tệp là thêm bảng.</p><div class=\"cards\">");
            foreach (var name in catalog.Names())
            {
                DashboardDefinition d;
                try
                {
                    d = catalog.Find(name)!;
                }
                catch (DashboardDefinitionException e)
                {
                    // One broken file is shown as such; the others stay listed.
                    sb.Append($"<article class=\"card\"><h2>{H.Encode(name)}.json</h2><p class=\"notice\">Tệp định nghĩa bị lỗi / the definition file is malformed: {H.Encode(e.Message)}</p></article>");
                    continue;
                }
                sb.Append($"<article class=\"card\"><h2>{H.Encode(d.Title)}</h2><p class=\"meta\">{H.Encode(d.Description ?? "")}</p>")
                  .Append(CampaignPicker(name, campaigns, null, d.Title)).Append("</article>");
            }
            return Pages.Html(PageLayout.Render("Bảng điều khiển", sb.Append("</div>").ToString(), "/dashboards"));
        }).ExcludeFromDescription();

        app.MapGet("/dashboards/{name}", async (string name, [FromQuery] string? campaign, HttpRequest request, DashboardCatalog catalog,
            DashboardRenderer renderer, CampaignViews views, ReadDatabase reads, CancellationToken ct) =>
        {
            var definition = catalog.Find(name)
                ?? throw RequestRejectedException.NotFound($"Không có bảng điều khiển '{name}' / no dashboard '{name}'. Xem / see /dashboards");
            if (string.IsNullOrWhiteSpace(campaign))
            {
                var body = $"<p class=\"lead\">{H.Encode(definition.Description ?? "")}</p><p>Chọn phong trào để xem:</p>{CampaignPicker(name, await CampaignsAsync(reads.Runtime, ct), null)}";
                return Pages.Html(PageLayout.Render(definition.Title, body, "/dashboards"));
            }
            var (view, selection) = await CampaignPages.LoadAsync(campaign, request, views, ct);
            var panels = renderer.Render(definition, view.Snapshot, selection, view.Result, () => view.Awards);
            var page = new StringBuilder($"<p class=\"lead\">{H.Encode(view.Snapshot.Campaign.Name)}</p>")
                .Append(CampaignHeader.Render(view))
                .Append(FilterForm.Render($"/dashboards/{name}", definition.Filters ?? [], view, selection, new Dictionary<string, string> { ["campaign"] = campaign }))
                .Append(definition.Headline ? Headline.HeadlineSection.Render(view, selection, CampaignPageSections(view, selection)) : "")
                // The panels' titles are h3: a heading of their own keeps the outline whole (h1, h2, h3), as the
                // campaign page's "Tổng quan" does, instead of a screen reader's heading list jumping from h1 to h3
                // or filing the charts under the headline's last card.
                .Append("<h2>Biểu đồ</h2>")
                .Append(PanelGrid.Render(panels, i => Exports.PanelLinks.For(definition.Panels[i], view, selection)))
                .Append($"<p class=\"meta no-print\"><a href=\"/campaigns/{H.Segment(campaign)}\">Trang tổng hợp của phong trào</a></p>");
            return Pages.Html(PageLayout.Render(definition.Title, page.ToString(), "/dashboards"));
        }).ExcludeFromDescription();
        return app;
    }

    // A dashboard has the cards' lagging indicators but not the ranking, candidates, decisions or lock: those links
    // lead to the campaign page, with the same filters.
    private static Headline.SectionLinks CampaignPageSections(CampaignView view, DashboardSelection selection)
    {
        var query = string.Join("&", CampaignDashboardPage.PageQuery(view, selection).Where(q => !string.IsNullOrEmpty(q.Value))
            .Select(q => $"{q.Name}={Uri.EscapeDataString(q.Value!)}"));
        return Headline.SectionLinks.ToCampaignPage($"/campaigns/{Uri.EscapeDataString(view.Snapshot.Campaign.Code)}?{query}", Headline.HeadlineSection.LaggingAnchor);
    }

    private static async Task<IReadOnlyList<Campaign>> CampaignsAsync(ThiDuaRuntime runtime, CancellationToken ct)
    {
        await using var conn = await runtime.DataSource.OpenConnectionAsync(ct);
        return await RegistryQueries.CampaignsAsync(conn, ct);
    }

    // On /dashboards every card has its picker and its "Mở" button: both name their dashboard for a screen reader (four
    // "Phong trào" pickers and four "Mở" buttons in a row do not say what each opens); the visible words start each name.
    private static string CampaignPicker(string dashboard, IReadOnlyList<Campaign> campaigns, string? selected, string? title = null)
    {
        if (campaigns.Count == 0) return "<p class=\"meta\">Chưa có phong trào nào.</p>";
        var options = string.Concat(campaigns.Select(c =>
            $"<option value=\"{H.Encode(c.Code)}\"{(c.Code == selected ? " selected" : "")}>{H.Encode(c.Code)} — {H.Encode(c.Name.Length > 80 ? c.Name[..77] + "…" : c.Name)}</option>"));
        return $"<form class=\"filters\" method=\"get\" action=\"/dashboards/{H.Segment(dashboard)}\"><label>Phong trào{For(": ")}<select name=\"campaign\">{options}</select></label><button type=\"submit\">Mở{For(" ")}</button></form>";
        string For(string separator) => title is null ? "" : ScreenReaderText.For(separator + title);
    }
}
