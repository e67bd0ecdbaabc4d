using System.Text;
using ThiDua.Dashboards;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Campaigns;

/// <summary>Rendered dashboard panels in a responsive grid; wide panels span the row.</summary>
public static class PanelGrid
{
    /// <param name="footer">HTML under the i-th panel's chart (its downloads), if any.</param>
    public static string Render(IEnumerable<RenderedPanel> panels, Func<int, string>? footer = null)
    {
        var sb = new StringBuilder("<div class=\"grid\">");
        var i = 0;
        foreach (var p in panels)
            sb.Append($"<section class=\"panel{(p.Wide ? " wide" : "")}\" data-chart=\"{H.Encode(p.Chart)}\"><h3>{H.Encode(p.Title)}</h3>{H.Chart(p.Svg, p.NarrowSvg)}{footer?.Invoke(i++)}{p.Table}</section>");
        return sb.Append("</div>").ToString();
    }
}
