using ThiDua.Hierarchy;
using ThiDua.Units;
using ThiDua.Web.Campaigns;

namespace ThiDua.Web.Tree;

/// <summary>A unit page's "Đơn vị, cá nhân trực thuộc": its direct children with their scores, ranks and roll-ups.</summary>
public static class ChildUnits
{
    public static string Render(CampaignView view, Unit unit)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(unit);
        var node = UnitTree.Build(view.Snapshot, view.Result.Ranking, view.Period).SelectMany(r => r.Flatten()).FirstOrDefault(n => n.Unit.Code == unit.Code);
        if (node is null || node.Children.Count == 0) return "";
        return $"<h2 id=\"truc-thuoc\">Đơn vị, cá nhân trực thuộc ({node.Children.Count})</h2>"
            + TreeTable.Render(view, node.Children, depthOffset: node.Depth + 1)
            + $"<p class=\"meta\"><a href=\"/campaigns/{Html.Html.Segment(view.Snapshot.Campaign.Code)}/tree\">Xem cả cây đơn vị của phong trào</a></p>";
    }
}
