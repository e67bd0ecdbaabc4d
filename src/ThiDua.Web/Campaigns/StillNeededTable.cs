using System.Text;
using ThiDua.Attainment;
using ThiDua.Attainment.StillNeeded;
using ThiDua.Formatting;
using ThiDua.Web.Html;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Campaigns;

/// <summary>
/// A unit's page before the campaign's last month: what each assigned indicator still needs in the months left for it
/// to be met at the end ("Cần thêm 7 lớp trong 3 tháng còn lại"), the answer a unit's leader asks after the ratio.
/// Empty at the last month, when the status itself says how it ended.
/// </summary>
public static class StillNeededTable
{
    public static string Render(CampaignView view, string unit, IReadOnlyList<AttainmentRow> rows)
    {
        var snapshot = view.Snapshot;
        var campaign = snapshot.Campaign;
        if (rows.Count == 0 || view.Period >= campaign.LastMonth) return "";
        var indicators = snapshot.Indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
        var targets = snapshot.Targets.Where(t => t.Unit == unit).ToDictionary(t => t.Indicator, StringComparer.Ordinal);
        var history = new MeasurementHistory(snapshot.Measurements.Where(m => m.Unit == unit));
        var needs = rows.Where(r => targets.ContainsKey(r.Indicator) && indicators.ContainsKey(r.Indicator))
            .Select(r => (Row: r, Need: StillNeededCalculator.Of(indicators[r.Indicator], targets[r.Indicator],
                history.Upto(unit, r.Indicator, view.Period), campaign, view.Period)))
            .Where(n => n.Need is not null).ToList();
        if (needs.Count == 0) return "";
        var left = needs[0].Need!.MonthsLeft;
        var title = $"Để hoàn thành chỉ tiêu đến {VietnameseDates.Month(campaign.LastMonth)}";
        var sb = new StringBuilder($"<h2>{H.Encode(title)}</h2>")
            .Append($"<p class=\"meta\">Còn {left} tháng sau {VietnameseDates.Month(view.Period)}. Tính theo số liệu đã báo cáo và công thức tỷ lệ hoàn thành của phong trào; ")
            .Append("chỉ tiêu cộng dồn tính trên cả kỳ.</p>")
            .Append($"<div class=\"table-wrap\"><table>{TableCaption.For(title)}<thead><tr><th>Chỉ tiêu</th><th>Cần làm</th></tr></thead><tbody>");
        foreach (var (row, need) in needs)
        {
            var words = StillNeededWords.Of(need!, indicators[row.Indicator]);
            var css = need!.Kind switch { StillNeededKind.Reached => " class=\"still-reached\"", StillNeededKind.Lost or StillNeededKind.TaskOverdue or StillNeededKind.TaskDoneLate => " class=\"still-lost\"", _ => "" };
            sb.Append($"<tr{css}><td><a href=\"/campaigns/{H.Segment(campaign.Code)}/indicators/{H.Segment(row.Indicator)}\">{H.Encode(view.IndicatorName(row.Indicator))}</a></td>")
              .Append($"<td>{H.Encode(words)}</td></tr>");
        }
        return sb.Append("</tbody></table></div>").ToString();
    }
}
