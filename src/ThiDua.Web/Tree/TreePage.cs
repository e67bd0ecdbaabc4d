using System.Text;
using ThiDua.Dashboards;
using ThiDua.Hierarchy;
using ThiDua.Web.Campaigns;
using ThiDua.Web.Html;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Tree;

/// <summary><c>/campaigns/{c}/tree</c>: the whole <c>parent</c> tree of the campaign's units with roll-up figures.</summary>
public static class TreePage
{
    public static string Render(CampaignView view, DashboardSelection selection)
    {
        ArgumentNullException.ThrowIfNull(view);
        var c = view.Snapshot.Campaign;
        var roots = UnitTree.Build(view.Snapshot, view.Result.Ranking, view.Period);
        var sb = new StringBuilder(CampaignHeader.Render(view));
        sb.Append($"<nav class=\"crumbs\" aria-label=\"Đường dẫn\"><a href=\"/campaigns/{H.Segment(c.Code)}\">{H.Encode(c.Name)}</a> › Cây đơn vị</nav>");
        sb.Append(FilterForm.Render($"/campaigns/{c.Code}/tree", ["period", "asOf"], view, selection));
        sb.Append("<p class=\"notice\">Cách xem theo quan hệ trực thuộc (tỉnh ← sở, huyện ← phòng ← cá nhân), không phải một cách xếp hạng: ")
          .Append("điểm và hạng là của bảng xếp hạng trong cụm, khối; các cột cả nhánh chỉ cộng lại số của đơn vị và mọi đơn vị, cá nhân trực thuộc. ")
          .Append("“Cá nhân HTXSNV” là số cá nhân được xếp loại Hoàn thành xuất sắc nhiệm vụ trên số cá nhân đã xếp loại.</p>");
        sb.Append(roots.Count == 0 ? Campaigns.NoTargetsNotice.Html("Phong trào chưa có đơn vị nào được giao chỉ tiêu.") : TreeTable.Render(view, roots.SelectMany(r => r.Flatten())));
        return PageLayout.Render("Cây đơn vị — " + c.Name, sb.ToString(), "/");
    }
}
