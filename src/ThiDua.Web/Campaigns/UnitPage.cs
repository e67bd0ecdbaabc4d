using System.Text;
using ThiDua.Charts;
using ThiDua.Charts.Mapping;
using ThiDua.Dashboards;
using ThiDua.Formatting;
using ThiDua.Ranking;
using ThiDua.Units;
using ThiDua.Web.Html;
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
          .Append(" · ").Append(H.Encode(RankingGroupName.Cluster(unit.Cluster)))
          .Append(unit.Parent is { Length: > 0 } p ? $" · trực thuộc {H.Encode(view.UnitName(p))}" : "").Append("</p>");
        sb.Append(FilterForm.Render($"/campaigns/{c.Code}/units/{unit.Code}", ["period", "asOf"], view, selection));
        if (place is not null)
            sb.Append($"<p class=\"notice\">Xếp hạng <strong>{place.Rank}</strong> trong {(place.Cluster is { Length: > 0 } ? "" : "nhóm ")}{H.Encode(RankingGroupName.Cluster(place.Cluster))}")
              .Append($" · điểm <strong>{Provenance.ProvenanceLinks.Wrap(Provenance.ProvenanceLinks.Score(view, unit.Code), VietnameseNumber.FormatFixed(place.Score, 2))}</strong> · đạt {place.Met}/{place.Assigned} chỉ tiêu</p>");
        sb.Append(Tree.ChildUnits.Render(view, unit));
        sb.Append("<h2>Chỉ tiêu được giao</h2>");
        sb.Append(rows.Count == 0 ? "<p class=\"notice\">Đơn vị chưa được giao chỉ tiêu trong phong trào này.</p>" : AttainmentTable.Render(view, rows, byUnit: false));
        if (rows.Count > 0)
        {
            sb.Append("<h2>Tiến độ theo tháng</h2><div class=\"grid\">");
            foreach (var r in rows.Take(MaxProgressCharts))
                sb.Append($"<section class=\"panel\"><h3>{H.Encode(view.IndicatorName(r.Indicator))}</h3>")
                  .Append(H.Chart(charts.Render(CampaignCharts.Progress(view.Snapshot, unit.Code, r.Indicator, view.Period)))).Append("</section>");
            sb.Append("</div>");
        }
        var awards = view.Awards.Where(a => a.Unit == unit.Code).ToList();
        if (awards.Count > 0) sb.Append("<h2>Xét khen thưởng</h2>").Append(AwardsTable.Render(view, awards));
        return PageLayout.Render(unit.Name, sb.ToString());
    }
}
