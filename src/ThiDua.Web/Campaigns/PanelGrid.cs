using System.Text;
using ThiDua.Dashboards;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Campaigns;

/// <summary>Rendered dashboard panels in a responsive grid; wide panels span the row.</summary>
public static class PanelGrid
{
    public static string Render(IEnumerable<RenderedPanel> panels)
    {
        var sb = new StringBuilder("<div class=\"grid\">");
        foreach (var p in panels)
            sb.Append($"<section class=\"panel{(p.Wide ? " wide" : "")}\" data-chart=\"{H.Encode(p.Chart)}\"><h3>{H.Encode(p.Title)}</h3>{H.Chart(p.Svg)}{p.Table}</section>");
        return sb.Append("</div>").ToString();
    }
}
