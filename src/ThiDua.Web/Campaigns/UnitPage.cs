using System.Text;
using ThiDua.Charts;
using ThiDua.Charts.Mapping;
using ThiDua.Dashboards;
using ThiDua.Formatting;
using ThiDua.Ranking;
using ThiDua.Units;
using ThiDua.Web.Exports;
using ThiDua.Web.Html;
using ThiDua.Web.LeftToDo;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Campaigns;

/// <summary><c>/campaigns/{c}/units/{u}</c>: one unit's place, its indicators, their monthly progress, and its award results.</summary>
public static class UnitPage
{
    // A page of twenty progress charts is unreadable and slow; the table lists every indicator anyway.
    private const int MaxProgressCharts = 12;

    public static string Render(CampaignView view, Unit unit, DashboardSelection selection, IChartRenderer charts)
    {
        var c = view.Snapshot.Campaign;
        var rows = view.Result.Attainment.Where(a => a.Unit == unit.Code).ToList();
        var place = view.Result.Ranking.FirstOrDefault(r => r.Unit == unit.Code);
        var sb = new StringBuilder(CampaignHeader.Render(view));
        sb.Append($"<p><a href=\"/campaigns/{H.Segment(c.Code)}\">← {H.Encode(c.Name)}</a></p>");
        sb.Append($"<p class=\"meta\">{StatusWords.Of(unit.Kind)} · mã {H.Encode(unit.Code)}")
          .Append(" · ").Append(H.Encode(RankingGroupName.Cluster(unit.Cluster, view.Snapshot.ClusterName(unit.Cluster))))
          .Append(unit.Parent is { Length: > 0 } p ? $" · trực thuộc {H.Encode(view.UnitName(p))}" : "")
          .Append(Mergers(view, unit)).Append("</p>");
        // Its other years and campaigns, for a title that depends on earlier results (as of the same instant).
        sb.Append($"<p><a href=\"/units/{H.Segment(unit.Code)}{(view.AsOf is { } at ? "?asOf=" + H.Query(VietnameseDates.Iso(at)) : "")}\">")
          .Append("Quá trình thi đua của đơn vị qua các phong trào, các năm →</a> · ")
          .Append($"<a href=\"/campaigns/{H.Segment(c.Code)}/compare?units={H.Query(unit.Code)}&period={view.Period}{(view.AsOf is { } t ? "&asOf=" + H.Query(VietnameseDates.Iso(t)) : "")}\">")
          .Append("So sánh với đơn vị khác →</a></p>");
        sb.Append(FilterForm.Render($"/campaigns/{c.Code}/units/{unit.Code}", ["period", "asOf"], view, selection));
        var gone = !unit.ExistsAt(view.Period);
        if (gone)
            sb.Append($"<p class=\"notice\">Đơn vị {UnitEndWords.Notice(unit.Ended!.Value)}: ")
              .Append("từ tháng đó đơn vị không được tính điểm, xếp hạng, đề nghị khen thưởng và không phải báo cáo số liệu. ")
              .Append("Chọn một kỳ trước đó để xem kết quả của đơn vị.</p>");
        if (place is not null)
            sb.Append($"<p class=\"notice\">Xếp hạng <strong>{place.Rank}</strong> trong {(place.Cluster is { Length: > 0 } ? "" : "nhóm ")}{H.Encode(RankingGroupName.Cluster(place))}")
              .Append($" · điểm <strong>{Provenance.ProvenanceLinks.Wrap(Provenance.ProvenanceLinks.Score(view, unit.Code), VietnameseNumber.FormatFixed(place.Score, 2))}</strong> · đạt {place.Met}/{place.Assigned} chỉ tiêu</p>");
        sb.Append(Tree.ChildUnits.Render(view, unit));
        // An individual is judged on its rating as much as on targets, and most have no targets: say what it has.
        var rating = view.Snapshot.Ratings.LastOrDefault(r => r.Unit == unit.Code);
        if (rating is not null)
            sb.Append("<h2>Xếp loại, kỷ luật, sáng kiến</h2><table class=\"summary\">" + TableCaption.For("Xếp loại, kỷ luật, sáng kiến") + "<tbody>")
              .Append($"<tr><th>Xếp loại</th><td>{H.Encode(StatusWords.Of(rating.Rating))}</td></tr>")
              .Append($"<tr><th>Kỷ luật</th><td>{H.Encode(StatusWords.Of(rating.Discipline))}</td></tr>")
              .Append($"<tr><th>Sáng kiến được công nhận</th><td>{(rating.Initiative ? "Có" : "Không")}</td></tr></tbody></table>");
        if (rows.Count > 0)
            sb.Append("<h2>Chỉ tiêu được giao</h2>").Append(AttainmentTable.Render(view, rows, byUnit: false))
              .Append(ExportLinks.Excel("attainment", CampaignDashboardPage.Filters(view, selection, unit: unit.Code)))
              .Append(StillNeededTable.Render(view, unit.Code, rows));
        else if (!gone && (rating is null || unit.Kind == UnitKind.Collective))
            sb.Append("<h2>Chỉ tiêu được giao</h2><p class=\"notice\">")
              .Append(unit.Kind == UnitKind.Collective ? "Đơn vị chưa được giao chỉ tiêu" : "Cá nhân chưa được giao chỉ tiêu và chưa được xếp loại")
              .Append(" trong phong trào này.</p>");
        if (rows.Count > 0)
        {
            sb.Append("<h2>Tiến độ theo tháng</h2><div class=\"grid\">");
            foreach (var r in rows.Take(MaxProgressCharts))
            {
                var progress = CampaignCharts.Progress(view.Snapshot, unit.Code, r.Indicator, view.Period);
                sb.Append($"<section class=\"panel\"><h3>{H.Encode(view.IndicatorName(r.Indicator))}</h3>")
                  .Append(H.Chart(charts.Render(progress), SvgChartRenderer.Narrow.Render(progress)))
                  .Append("<p class=\"meta no-print download\">")
                  .Append(ExportLinks.Png("progress", CampaignDashboardPage.Filters(view, selection with { Cluster = null }, unit: unit.Code, indicator: r.Indicator)))
                  .Append("</p></section>");
            }
            sb.Append("</div>");
        }
        var awards = view.Awards.Where(a => a.Unit == unit.Code).ToList();
        if (awards.Count > 0) sb.Append("<h2>Xét khen thưởng</h2>").Append(AwardsTable.Render(view, awards))
            .Append(ExportLinks.Excel("awards", CampaignDashboardPage.Filters(view, selection, unit: unit.Code)))
            .Append(Periods.AwardDecisionsHtml.ForUnit(view.Snapshot, unit.Code));
        return PageLayout.Render(unit.Name, sb.ToString(), "/");
    }

    // Its end and the unit it was merged into, and the units merged into it, each linked to its page in this campaign.
    private static string Mergers(CampaignView view, Unit unit) =>
        (UnitMergerWords.EndedIn(view, unit) is { Length: > 0 } ended ? " · " + ended : "")
        + (UnitMergerWords.TookOverIn(view, unit) is { Length: > 0 } tookOver ? " · " + tookOver : "");
}
