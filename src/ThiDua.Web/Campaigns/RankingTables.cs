using System.Text;
using ThiDua.Formatting;
using ThiDua.Ranking;
using ThiDua.Units;
using ThiDua.Web.Html;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Campaigns;

/// <summary>The ranking as one table per (cluster, kind) group, in the order the ranking lists them.</summary>
public static class RankingTables
{
    public static string Render(CampaignView view, IEnumerable<RankingRow> rows)
    {
        var sb = new StringBuilder();
        var campaign = view.Snapshot.Campaign.Code;
        foreach (var group in rows.GroupBy(r => (r.Cluster, r.Kind)))
        {
            var cluster = RankingGroupName.ClusterHeading(group.Key.Cluster, group.First().ClusterName);
            // An individual's list names people, not units.
            var who = group.Key.Kind == UnitKind.Individual ? "Họ và tên" : "Đơn vị";
            sb.Append($"<section class=\"panel\"><h3>{H.Encode(cluster)} — {StatusWords.Of(group.Key.Kind)}</h3><div class=\"table-wrap\"><table>{TableCaption.For($"Xếp hạng {cluster} — {StatusWords.Of(group.Key.Kind)}")}");
            sb.Append($"<thead><tr><th class=\"num\">Hạng</th><th>{who}</th><th class=\"num\">Điểm</th><th class=\"num\">Chỉ tiêu đạt</th><th class=\"num\">So với tháng trước</th></tr></thead><tbody>");
            foreach (var r in group)
                sb.Append($"<tr><td class=\"num\">{r.Rank}</td><td><a href=\"/campaigns/{H.Segment(campaign)}/units/{H.Segment(r.Unit)}\">{H.UnitName(r.UnitName)}</a></td>")
                  .Append($"<td class=\"num\">{Provenance.ProvenanceLinks.Wrap(Provenance.ProvenanceLinks.Score(view, r.Unit), VietnameseNumber.FormatFixed(r.Score, 2))}</td><td class=\"num\">{r.Met}/{r.Assigned}</td><td class=\"num\">{Trends.MovementCell.Render(view, r.Unit)}</td></tr>");
            sb.Append("</tbody></table></div></section>");
        }
        return sb.Length == 0 ? NoTargetsNotice.Html("Chưa có đơn vị nào được giao chỉ tiêu trong nhóm này.") : $"<div class=\"grid\">{sb}</div>";
    }
}
