using System.Text;
using ThiDua.Awards;
using ThiDua.Awards.Deciding;
using ThiDua.Formatting;
using ThiDua.Ranking;
using ThiDua.UnitHistory;
using ThiDua.Web.Html;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.UnitHistory;

/// <summary>
/// <c>/units/{u}</c>, "Quá trình thi đua": one row per campaign the unit took part in, newest first, with its score and
/// place where the campaign's figures are final (or latest closed, or latest), its rating and its awards; each row leads
/// to the campaign's unit page at that month.
/// </summary>
public static class UnitHistoryPage
{
    public static string Render(UnitRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var unit = record.Unit;
        var asOf = record.AsOf is { } at ? $" · số liệu tính đến {VietnameseDates.CutOff(at)} (giờ Việt Nam)" : " · số liệu mới nhất";
        string Href(string code) => $"/units/{H.Segment(code)}{AsOfQuery(record.AsOf, "?")}";
        var ended = Campaigns.UnitMergerWords.Ended(unit, record.Successor, Href);
        var tookOver = Campaigns.UnitMergerWords.TookOver(record.MergedFrom, Href);
        var sb = new StringBuilder($"<p class=\"meta\">{StatusWords.Of(unit.Kind)} · mã {H.Encode(unit.Code)}{asOf}</p>")
            .Append(ended.Length > 0 ? $"<p class=\"notice\">Đơn vị {ended}.</p>" : "")
            .Append(tookOver.Length > 0 ? $"<p>Đơn vị đã {tookOver}: quá trình thi đua của các đơn vị đó ở trang riêng của từng đơn vị.</p>" : "")
            .Append($"<form class=\"filters\" method=\"get\" action=\"/units/{H.Segment(unit.Code)}\" aria-label=\"Bộ lọc\">")
            .Append(DateField.Instant("asOf", "Số liệu tính đến (giờ Việt Nam)", record.AsOf))
            .Append($"<button type=\"submit\">Xem</button><a class=\"no-print\" href=\"/units/{H.Segment(unit.Code)}\">Bỏ lọc</a></form>")
            .Append("<p>Các phong trào thi đua đơn vị tham gia (được giao chỉ tiêu, hoặc cá nhân được xếp loại), mới nhất trước. ")
            .Append("Điểm và xếp hạng trong cụm, khối lấy ở tháng cuối của phong trào khi đã chốt số liệu (tổng kết); chưa thì ở tháng gần nhất đã chốt; ")
            .Append("chưa chốt tháng nào thì ở tháng có số liệu gần nhất. Cá nhân không được giao chỉ tiêu thì không có điểm, chỉ có xếp loại.</p>");
        if (record.Rows.Count == 0)
            return PageLayout.Render(Title(unit.Name), sb.Append("<p class=\"notice\">Đơn vị chưa tham gia phong trào thi đua nào.</p>").ToString(), "/", Data(record));
        sb.Append("<div class=\"table-wrap\"><table class=\"history\">").Append(TableCaption.For("Quá trình thi đua"))
          .Append("<thead><tr><th>Phong trào</th><th>Thời gian</th><th>Tính đến</th><th>Điểm</th><th>Xếp hạng</th><th>Xếp loại</th><th>Khen thưởng</th></tr></thead><tbody>");
        foreach (var row in record.Rows) sb.Append(Row(unit.Code, row, record.AsOf));
        sb.Append("</tbody></table></div>");
        return PageLayout.Render(Title(unit.Name), sb.ToString(), "/", Data(record));
    }

    private static string Title(string name) => $"Quá trình thi đua — {name}";

    private static IReadOnlyList<DataLink> Data(UnitRecord record) =>
        [new($"/api/units/{H.Segment(record.Unit.Code)}/history" + AsOfQuery(record.AsOf, "?"), "quá trình thi đua")];

    private static string AsOfQuery(DateTimeOffset? asOf, string lead) => asOf is { } at ? $"{lead}asOf={H.Query(VietnameseDates.Iso(at))}" : "";

    private static string Row(string unit, UnitHistoryRow r, DateTimeOffset? asOf)
    {
        var href = $"/campaigns/{H.Segment(r.Campaign)}/units/{H.Segment(unit)}?period={r.Period}{AsOfQuery(asOf, "&amp;")}";
        var basis = UnitHistoryWords.Basis(r);
        var group = H.Encode(RankingGroupName.Cluster(r.Cluster, r.ClusterName));
        // As the campaign's unit page says it: "trong nhóm không thuộc cụm, khối" for the units without one.
        var rank = r.Rank is { } n ? $"<strong>{n}</strong>/{r.GroupSize}{(r.RankShared ? " (đồng hạng)" : "")} trong {(string.IsNullOrEmpty(r.Cluster) ? "nhóm " : "")}{group}" : "—";
        return new StringBuilder("<tr>")
            .Append($"<th scope=\"row\"><a href=\"{href}\">{H.Encode(r.CampaignName)}</a><br><span class=\"meta\">{H.Encode(r.Campaign)} · {Labels.Of(r.CampaignKind)}</span></th>")
            .Append($"<td>{Labels.Date(r.Start)} – {Labels.Date(r.End)}</td>")
            .Append($"<td>{VietnameseDates.Month(r.Period)} ({basis})</td>")
            .Append($"<td class=\"num\">{(r.Score is { } s ? VietnameseNumber.FormatFixed(s, 2) : "—")}</td>")
            .Append($"<td>{rank}</td>")
            .Append($"<td>{(r.Rating is null ? "—" : H.Encode(StatusWords.Of(r.Rating)))}</td>")
            .Append($"<td>{Awards(r.Awards)}</td></tr>").ToString();
    }

    // Each form with its status, and the council's decision (its ballot, number, date) when one is recorded.
    private static string Awards(IReadOnlyList<UnitHistoryAward> awards)
    {
        if (awards.Count == 0) return "—";
        var sb = new StringBuilder("<ul>");
        foreach (var a in awards)
        {
            sb.Append($"<li>{H.Encode(a.Proposal)}: {H.Encode(StatusWords.Of(a.Status))}");
            if (AwardDecisions.FromWord(a.Decision) is { } d)
                sb.Append($"; Hội đồng <strong>{H.Encode(AwardDecisions.Vietnamese(d))}</strong>")
                  .Append(a.Vote is { } vote ? $" ({H.Encode(vote.Ballot())})" : "")
                  .Append(a.Reference is { } no ? $", QĐ số {H.Encode(no)}" : "")
                  .Append(a.DecisionDate is { } day ? $" ngày {Labels.Date(day)}" : "");
            sb.Append("</li>");
        }
        return sb.Append("</ul>").ToString();
    }
}
