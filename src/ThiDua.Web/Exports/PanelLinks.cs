using ThiDua.Dashboards;
using ThiDua.Web.Campaigns;

namespace ThiDua.Web.Exports;

/// <summary>
/// The downloads under a dashboard panel, with the panel's fixed filters over the page's selection: "Tải ảnh PNG"
/// (<c>/charts/{chart}.png</c>), and "Tải Excel" under a heatmap.
/// </summary>
public static class PanelLinks
{
    public static string For(PanelDefinition panel, CampaignView view, DashboardSelection selection)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(selection);
        var merged = selection with
        {
            Cluster = panel.Cluster ?? selection.Cluster, Indicator = panel.Indicator ?? selection.Indicator,
            Unit = panel.Unit ?? selection.Unit,
        };
        var filters = CampaignDashboardPage.Filters(view, merged, merged.Unit, merged.Indicator);
        (string, string?)[] chart = [.. filters, ("kind", panel.Kind), ("form", panel.Form ?? selection.Form)];
        var png = $"<p class=\"meta no-print download\">{ExportLinks.Png(panel.Chart, chart)}</p>";
        return panel.Chart == "heatmap" ? png + ExportLinks.Excel("heatmap", filters) : png;
    }
}
