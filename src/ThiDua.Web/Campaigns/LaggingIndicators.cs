using System.Text;
using ThiDua.Attainment;
using ThiDua.Formatting;
using ThiDua.Web.Html;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Campaigns;

/// <summary>
/// Indicators that lag: for each, how many units are behind the expected progress at the period
/// (or have no data), worst first. "Behind" is the analytics' own on-track flag. The average ratio is over the units
/// with a ratio: an indicator no unit has reported yet has none ("—", not a 0% that reads as a figure).
/// </summary>
public static class LaggingIndicators
{
    /// <summary>
    /// The lagging indicators, worst first: the largest share of units behind, then the lowest average ratio (none
    /// reported sorts as 0), then code.
    /// </summary>
    public static IReadOnlyList<(string Indicator, int Total, int Behind, int NoData, decimal? Average)> Worst(IEnumerable<AttainmentRow> rows) =>
        rows.GroupBy(r => r.Indicator)
            .Select(g => (Indicator: g.Key, Total: g.Count(), Behind: g.Count(r => !r.OnTrack), NoData: g.Count(r => r.Status == AttainmentStatus.NoData),
                Average: g.Where(r => r.Ratio is not null).Select(r => r.Ratio!.Value).ToList() is { Count: > 0 } ratios ? ratios.Average() : (decimal?)null))
            .Where(x => x.Behind > 0)
            .OrderByDescending(x => (decimal)x.Behind / x.Total).ThenBy(x => x.Average ?? 0m).ThenBy(x => x.Indicator, StringComparer.Ordinal)
            .ToList();

    public static string Render(CampaignView view, IEnumerable<AttainmentRow> rows)
    {
        var lagging = Worst(rows);
        if (lagging.Count == 0) return "<p class=\"notice ok\">Không có chỉ tiêu nào chậm tiến độ ở kỳ này.</p>";
        var campaign = view.Snapshot.Campaign.Code;
        var sb = new StringBuilder("<div class=\"table-wrap\"><table>" + TableCaption.For("Chỉ tiêu chậm tiến độ") + "<thead><tr><th>Chỉ tiêu</th><th class=\"num\">Đơn vị chậm tiến độ</th>")
            .Append("<th class=\"num\">Chưa có số liệu</th><th class=\"num\">Tỷ lệ hoàn thành bình quân</th></tr></thead><tbody>");
        foreach (var x in lagging)
            sb.Append($"<tr><td><a href=\"/campaigns/{H.Segment(campaign)}/indicators/{H.Segment(x.Indicator)}\">{H.Encode(view.IndicatorName(x.Indicator))}</a></td>")
              .Append($"<td class=\"num\">{x.Behind}/{x.Total}</td><td class=\"num\">{x.NoData}</td><td class=\"num\">{(x.Average is { } average ? VietnameseNumber.FormatPercent(average, 2) : "—")}</td></tr>");
        return sb.Append("</tbody></table></div>").ToString();
    }
}
