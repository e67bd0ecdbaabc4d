using System.Globalization;
using System.Text;
using ThiDua.Formatting;
using ThiDua.Hierarchy;
using ThiDua.Ranking;
using ThiDua.Web.Campaigns;
using ThiDua.Web.Html;
using ThiDua.Web.Provenance;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Tree;

/// <summary>Tree nodes as table rows, indented by depth: the tree page shows every node, a unit page its direct children.</summary>
public static class TreeTable
{
    public static string Render(CampaignView view, IEnumerable<UnitTreeNode> nodes, int depthOffset = 0)
    {
        ArgumentNullException.ThrowIfNull(view);
        var campaign = H.Segment(view.Snapshot.Campaign.Code);
        var sb = new StringBuilder("<div class=\"table-wrap\"><table class=\"tree\">" + TableCaption.For("Cây đơn vị theo quan hệ trực thuộc") + "<thead><tr><th>Đơn vị, cá nhân</th><th class=\"cluster\">Cụm, khối</th>")
            .Append("<th class=\"num\">Điểm</th><th class=\"num\">Hạng</th><th class=\"num\">Điểm bình quân đơn vị trực thuộc</th>")
            .Append("<th class=\"num\">Chỉ tiêu đạt (cả nhánh)</th><th class=\"num\">Cá nhân HTXSNV</th></tr></thead><tbody>");
        foreach (var n in nodes)
        {
            var depth = (n.Depth - depthOffset).ToString(CultureInfo.InvariantCulture);
            sb.Append($"<tr><td class=\"tree-name\" style=\"--depth:{depth}\"><a href=\"/campaigns/{campaign}/units/{H.Segment(n.Unit.Code)}\" title=\"{H.Encode(n.Unit.Name)}\">{H.Encode(ThiDua.Formatting.ShortUnitName.Of(n.Unit.Name))}</a>{Ended(view, n)}</td>")
              .Append($"<td class=\"cluster\">{H.Encode(n.Unit.Cluster is { Length: > 0 } k ? view.Snapshot.ClusterName(k) ?? k : "—")}</td>")
              .Append($"<td class=\"num\">{(n.Place is { } p ? ProvenanceLinks.Wrap(ProvenanceLinks.Score(view, n.Unit.Code), VietnameseNumber.FormatFixed(p.Score, 2)) : "—")}</td>")
              .Append($"<td class=\"num\">{(n.Place is { } q ? Rank(q) : "—")}</td>")
              .Append($"<td class=\"num\">{(n.ChildrenAverage is { } a ? VietnameseNumber.FormatFixed(a, 2) : "—")}</td>")
              .Append($"<td class=\"num\">{(n.Assigned > 0 ? $"{n.Met}/{n.Assigned}" : "—")}</td>")
              .Append($"<td class=\"num\">{(n.Individuals > 0 ? $"{n.Excellent}/{n.Individuals}" : "—")}</td></tr>");
        }
        return sb.Append("</tbody></table></div>").ToString();
    }

    // A unit that has ended is listed only above units that still exist (UnitTree): it says so, not a "—" read as no figures.
    private static string Ended(CampaignView view, UnitTreeNode n) => n.Unit.Ended is not null && !n.Unit.ExistsAt(view.Period)
        ? $" <span class=\"meta\">({Campaigns.UnitMergerWords.EndedIn(view, n.Unit)})</span>" : "";

    private static string Rank(RankingRow r) => $"<span title=\"{H.Encode(RankingGroupName.Cluster(r))} — {StatusWords.Of(r.Kind)}\">{r.Rank}</span>";
}
