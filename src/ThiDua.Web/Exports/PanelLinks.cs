using ThiDua.Dashboards;
using ThiDua.Web.Campaigns;

namespace ThiDua.Web.Exports;

/// <summary>The downloads under a dashboard panel, with the panel's fixed filters over the page's selection.</summary>
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
        return panel.Chart == "heatmap" ? ExportLinks.Excel("heatmap", filters) : "";
    }
}
