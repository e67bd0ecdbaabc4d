using System.Text;
using ThiDua.Web.Campaigns;
using ThiDua.Web.Html;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Print;

/// <summary>
/// <c>/campaigns/{c}/print</c>: the leadership summary on one A4 page — the headline cards, one row per cluster, and
/// where the figures come from. Its print style (<c>.print-summary</c>) packs the cards three abreast.
/// </summary>
public static class PrintPage
{
    public static string Render(CampaignView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var c = view.Snapshot.Campaign;
        var sb = new StringBuilder("<div class=\"print-summary\">").Append(CampaignHeader.Render(view))
            .Append($"<p class=\"no-print\"><a href=\"/campaigns/{H.Segment(c.Code)}?period={view.Period}\">← Trang đầy đủ của phong trào</a> · để in: Ctrl+P (khổ A4, một trang)</p>")
            .Append(Headline.HeadlineCards.Render(Headline.HeadlineCards.Build(view, _ => true, Headline.SectionLinks.None)))
            .Append("<h2>Các cụm, khối</h2>").Append(ClusterSummaryTable.Render(view))
            .Append("<p class=\"meta\">Điểm 100: trung bình các chỉ tiêu đúng kế hoạch đến kỳ; trên 100 là vượt, dưới 100 là chậm. ")
            .Append("Mỗi số trên trang web dẫn đến cách tính và dòng số liệu gốc.</p></div>");
        return PageLayout.Render($"Tóm tắt cho lãnh đạo — {c.Name}", sb.ToString(), "/");
    }
}
