using System.Text;
using ThiDua.Campaigns;
using ThiDua.Web.Html;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Campaigns;

/// <summary><c>/</c>: every campaign, with its period and links to its dashboards.</summary>
public static class CampaignListPage
{
    /// <param name="dashboards">The readable dashboard files: name (the link) and title (the words shown).</param>
    public static string Render(IReadOnlyList<Campaign> campaigns, IReadOnlyList<(string Name, string Title)> dashboards)
    {
        if (campaigns.Count == 0)
            return PageLayout.Render("Phong trào thi đua", "<p class=\"notice\">Chưa có phong trào nào. Hãy <a href=\"/imports?kind=campaigns\">nhập tệp campaigns.csv</a> (sau units.csv), hoặc chạy <code>thidua demo</code>.</p>", "/");
        var sb = new StringBuilder("<p class=\"lead\">Chọn một phong trào để xem mức độ hoàn thành, xếp hạng trong cụm, khối, chỉ tiêu chậm tiến độ và đề xuất khen thưởng.</p><div class=\"cards\">");
        foreach (var c in campaigns)
        {
            var code = H.Segment(c.Code);
            sb.Append($"<article class=\"card\"><h2><a href=\"/campaigns/{code}\">{H.Encode(c.Name)}</a></h2>")
              .Append($"<p class=\"meta\">Mã: <strong>{H.Encode(c.Code)}</strong> · {Labels.Of(c.Kind)}<br>")
              .Append($"Từ {Labels.Date(c.Start)} đến {Labels.Date(c.End)} · {c.MonthCount} tháng</p>")
              .Append("<p class=\"meta\">Bảng điều khiển: ")
              .Append(string.Join(" · ", dashboards.Select(d => $"<a href=\"/dashboards/{H.Segment(d.Name)}?campaign={H.Query(c.Code)}\">{H.Encode(d.Title)}</a>")))
              .Append("</p></article>");
        }
        return PageLayout.Render("Phong trào thi đua", sb.Append("</div>").ToString(), "/");
    }
}
