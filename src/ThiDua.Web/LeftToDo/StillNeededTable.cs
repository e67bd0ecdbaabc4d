using System.Text;
using ThiDua.Attainment;
using ThiDua.Formatting;
using ThiDua.Web.Html;
using ThiDua.Web.Campaigns;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.LeftToDo;

/// <summary>
/// A unit's page before the campaign's last month: what each assigned indicator still needs in the months left for it
/// to be met at the end ("Cần thêm 7 lớp trong 3 tháng còn lại"), the answer a unit's leader asks after the ratio.
/// Empty at the last month, when the status itself says how it ended.
/// </summary>
public static class StillNeededTable
{
    public static string Render(CampaignView view, string unit, IReadOnlyList<AttainmentRow> rows)
    {
        if (rows.Count == 0 || StillNeededColumn.For(view, (u, _) => u == unit) is not { } column) return "";
        var needs = rows.Select(r => (Row: r, Need: column.Of(r))).Where(n => n.Need is not null).ToList();
        if (needs.Count == 0) return "";
        var campaign = view.Snapshot.Campaign;
        var title = $"Để hoàn thành chỉ tiêu đến {VietnameseDates.Month(campaign.LastMonth)}";
        var sb = new StringBuilder($"<h2>{H.Encode(title)}</h2>")
            .Append($"<p class=\"meta\">Còn {needs[0].Need!.MonthsLeft} tháng sau {VietnameseDates.Month(view.Period)}. Tính theo số liệu đã báo cáo và công thức tỷ lệ hoàn thành của phong trào; ")
            .Append("chỉ tiêu cộng dồn tính trên cả kỳ.</p>")
            .Append($"<div class=\"table-wrap\"><table>{TableCaption.For(title)}<thead><tr><th>Chỉ tiêu</th><th>Cần làm</th></tr></thead><tbody>");
        foreach (var (row, need) in needs)
            sb.Append($"<tr><td><a href=\"/campaigns/{H.Segment(campaign.Code)}/indicators/{H.Segment(row.Indicator)}\">{H.Encode(view.IndicatorName(row.Indicator))}</a></td>")
              .Append(column.Cell(need)).Append("</tr>");
        return sb.Append("</tbody></table></div>").ToString();
    }
}
