using System.Text;
using ThiDua.Formatting;
using ThiDua.Ranking;
using ThiDua.Units;
using ThiDua.Web.Campaigns;
using ThiDua.Web.Html;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Print;

/// <summary>One row per ranking group for the printed summary: units, ahead / on / behind, the leader and the last.</summary>
public static class ClusterSummaryTable
{
    public const int MaxGroups = 14;

    public static string Render(CampaignView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var groups = view.Result.Ranking.GroupBy(r => (r.Cluster, r.Kind)).ToList();
        if (groups.Count == 0) return "<p class=\"notice\">Chưa có đơn vị nào được xếp hạng.</p>";
        var sb = new StringBuilder("<table class=\"compact\">" + TableCaption.For("Tóm tắt theo cụm, khối") + "<thead><tr><th>Cụm, khối</th><th class=\"num\">Số đơn vị</th>")
            .Append("<th class=\"num\">Vượt / đúng / chậm</th><th>Dẫn đầu</th><th>Cuối bảng</th></tr></thead><tbody>");
        foreach (var g in groups.Take(MaxGroups))
        {
            var rows = g.ToList();
            var lastRank = rows.Max(r => r.Rank);
            sb.Append($"<tr><td>{H.Encode(RankingGroupName.ClusterShort(g.Key.Cluster, rows[0].ClusterName))}{(g.Key.Kind == UnitKind.Individual ? " — cá nhân" : "")}</td>")
              .Append($"<td class=\"num\">{rows.Count}</td>")
              .Append($"<td class=\"num\">{rows.Count(r => r.Score > 100m)} / {rows.Count(r => r.Score == 100m)} / {rows.Count(r => r.Score < 100m)}</td>")
              .Append($"<td>{Names(rows.Where(r => r.Rank == 1))}</td><td>{(rows.Count > 1 ? Names(rows.Where(r => r.Rank == lastRank)) : "—")}</td></tr>");
        }
        sb.Append("</tbody></table>");
        if (groups.Count > MaxGroups)
            sb.Append($"<p class=\"meta\">… và {groups.Count - MaxGroups} cụm, khối khác: xem trang của phong trào.</p>");
        return sb.ToString();
    }

    // Units sharing a place are all named, with the score once and the place they share ("đồng hạng 1", not their count).
    private static string Names(IEnumerable<RankingRow> rows)
    {
        var list = rows.ToList();
        return string.Join(", ", list.Select(r => H.UnitName(r.UnitName)))
            + $" ({VietnameseNumber.FormatFixed(list[0].Score, 2)}{(list.Count > 1 ? $", đồng hạng {list[0].Rank}" : "")})";
    }
}
