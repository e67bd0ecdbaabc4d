using System.Text;
using ThiDua.Formatting;
using ThiDua.Provenance.Explaining;
using ThiDua.Ranking;
using ThiDua.Units;
using ThiDua.Web.Campaigns;
using ThiDua.Web.Html;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Provenance;

/// <summary>
/// <c>/campaigns/{c}/units/{u}/score</c>: a unit's score term by term, 100 × Σ wᵢ × clamp(ratioᵢ, 0, cap) ⁄ Σ wᵢ, each
/// ratio linking to its own calculation.
/// </summary>
public static class ScorePage
{
    public static string Render(CampaignView view, Unit unit, ScoreExplanation score)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(score);
        var c = view.Snapshot.Campaign;
        var code = H.Segment(c.Code);
        var place = view.Result.Ranking.FirstOrDefault(r => r.Unit == unit.Code);
        var sb = new StringBuilder(CampaignHeader.Render(view));
        sb.Append($"<nav class=\"crumbs\" aria-label=\"Đường dẫn\"><a href=\"/campaigns/{code}\">{H.Encode(c.Name)}</a> › ")
          .Append($"<a href=\"/campaigns/{code}/units/{H.Segment(unit.Code)}\">{H.Encode(unit.Name)}</a> › Cách tính điểm</nav>");
        sb.Append($"<p class=\"notice\">Điểm <strong>{VietnameseNumber.FormatFixed(score.Score, 2)}</strong>")
          .Append(place is null ? "" : $" · hạng {place.Rank} trong {H.Encode(RankingGroupName.Cluster(place))} · đạt {place.Met}/{place.Assigned} chỉ tiêu")
          .Append("</p>");
        sb.Append("<p>Điểm = 100 × Σ (trọng số × tỷ lệ giới hạn trong 0 – mức trần) ⁄ Σ trọng số, mỗi tỷ lệ đã làm tròn 4 chữ số; chỉ tiêu chưa có số liệu tính 0; kết quả làm tròn 2 chữ số.</p>");
        sb.Append("<div class=\"table-wrap\"><table>" + TableCaption.For("Điểm theo từng chỉ tiêu") + "<thead><tr><th>Chỉ tiêu</th><th class=\"num\">Trọng số</th><th class=\"num\">Tỷ lệ</th>")
          .Append($"<th class=\"num\">Giới hạn 0 – {VietnameseNumber.Format(c.ScoreCap)}</th><th class=\"num\">Trọng số × tỷ lệ</th><th>Trạng thái</th></tr></thead><tbody>");
        foreach (var t in score.Terms)
            sb.Append($"<tr><td><a href=\"{ProvenanceLinks.Ratio(view, unit.Code, t.Indicator.Code)}\">{H.Encode(t.Indicator.Name)}</a></td>")
              .Append($"<td class=\"num\">{VietnameseNumber.Format(t.Indicator.Weight, 4)}</td>")
              .Append($"<td class=\"num\">{ProvenanceLinks.Wrap(ProvenanceLinks.Ratio(view, unit.Code, t.Indicator.Code), t.RoundedRatio is { } r ? VietnameseNumber.Format(r, 4) : "—")}</td>")
              .Append($"<td class=\"num\">{VietnameseNumber.Format(t.Clamped, 4)}</td><td class=\"num\">{VietnameseNumber.Format(t.Indicator.Weight * t.Clamped, 4)}</td>")
              .Append($"<td><span class=\"status {Labels.Css(t.Status)}\">{StatusWords.At(t.Status, c, t.Period)}</span></td></tr>");
        sb.Append("</tbody></table></div>");
        sb.Append($"<p><code class=\"formula\">100 × {VietnameseNumber.Format(score.WeightedSum, 4)} ⁄ {VietnameseNumber.Format(score.Weights, 4)} = {VietnameseNumber.FormatFixed(score.Score, 2)}</code></p>");
        return PageLayout.Render($"Điểm của {unit.Name}", sb.ToString(), "/");
    }
}
