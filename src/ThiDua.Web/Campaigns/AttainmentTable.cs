using System.Text;
using ThiDua.Attainment;
using ThiDua.Formatting;
using ThiDua.Web.Html;
using ThiDua.Web.LeftToDo;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Campaigns;

/// <summary>Attainment rows with actual, target, expected-to-date, ratio and status; the first column names a unit or an indicator.</summary>
public static class AttainmentTable
{
    /// <param name="still">A last column of what each row still needs by the campaign's end; none when null.</param>
    public static string Render(CampaignView view, IEnumerable<AttainmentRow> rows, bool byUnit, StillNeededColumn? still = null)
    {
        var campaign = view.Snapshot.Campaign.Code;
        var first = byUnit ? "Đơn vị" : "Chỉ tiêu";
        var sb = new StringBuilder($"<div class=\"table-wrap\"><table>{TableCaption.For(byUnit ? "Tỷ lệ hoàn thành theo đơn vị" : "Tỷ lệ hoàn thành theo chỉ tiêu")}<thead><tr><th>{first}</th><th class=\"num\">Thực hiện</th><th class=\"num\">Chỉ tiêu giao</th>")
            .Append("<th class=\"num\">Kế hoạch đến kỳ</th><th class=\"num\">Tỷ lệ</th><th>Trạng thái</th>")
            .Append(still is null ? "" : $"<th>{H.Encode(still.Heading)}</th>").Append("</tr></thead><tbody>");
        var directions = view.Snapshot.Indicators.ToDictionary(i => i.Code, i => i.Direction, StringComparer.Ordinal);
        foreach (var r in rows)
        {
            var direction = directions.GetValueOrDefault(r.Indicator);
            var link = byUnit
                ? $"<a href=\"/campaigns/{H.Segment(campaign)}/units/{H.Segment(r.Unit)}\">{H.UnitName(view.UnitName(r.Unit))}</a>"
                : $"<a href=\"/campaigns/{H.Segment(campaign)}/indicators/{H.Segment(r.Indicator)}\">{H.Encode(view.IndicatorName(r.Indicator))}</a>";
            var calculation = Provenance.ProvenanceLinks.Ratio(view, r.Unit, r.Indicator);
            sb.Append($"<tr><td>{link}</td><td class=\"num\">{Provenance.ProvenanceLinks.Wrap(calculation, Number(r.Actual))}</td><td class=\"num\">{TargetWording.Describe(direction, r.Target, r.Baseline)}</td>")
              .Append($"<td class=\"num\">{TargetWording.Describe(direction, r.Expected, r.ExpectedBaseline, 2)}</td>")
              // 2 decimals show the 4-decimal ratio exactly: 0,9996 is 99,96%, never a "100%" beside "not met".
              .Append($"<td class=\"num\">{Provenance.ProvenanceLinks.Wrap(calculation, r.Ratio is { } q ? VietnameseNumber.FormatPercent(q, 2) : "—")}</td>")
              .Append($"<td><span class=\"status {Labels.Css(r.Status)}\">{StatusWords.At(r.Status, view.Snapshot.Campaign, r.Period)}</span></td>")
              .Append(still is null ? "" : still.Cell(still.Of(r))).Append("</tr>");
        }
        return sb.Append("</tbody></table></div>").ToString();
    }

    private static string Number(decimal? value) => value is { } v ? VietnameseNumber.Format(v, 4) : "—";
}
