using System.Text;
using ThiDua.Awards;
using ThiDua.Formatting;
using ThiDua.Web.Html;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Campaigns;

/// <summary>Award candidates with their status and the reasons, in Vietnamese.</summary>
public static class AwardsTable
{
    public static string Render(CampaignView view, IEnumerable<AwardRow> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0) return "<p class=\"notice\">Chưa có hình thức khen thưởng hoặc ứng viên nào.</p>";
        var campaign = view.Snapshot.Campaign.Code;
        var sb = new StringBuilder("<div class=\"table-wrap\"><table><thead><tr><th>Hình thức</th><th>Đơn vị, cá nhân</th><th>Kết quả</th><th class=\"num\">Điểm</th><th>Lý do</th></tr></thead><tbody>");
        // A cluster-scoped form's candidates grouped by cluster, each row saying which cluster it leads (stable sort).
        var forms = view.Snapshot.AwardForms.ToDictionary(f => f.Code, StringComparer.Ordinal);
        foreach (var r in list.OrderBy(r => r.Form, StringComparer.Ordinal).ThenBy(r => r.Cluster, StringComparer.Ordinal))
            sb.Append($"<tr><td>{H.Encode(forms.TryGetValue(r.Form, out var form) ? AwardWording.Proposal(form, r) : view.FormName(r.Form))}</td>")
              .Append($"<td><a href=\"/campaigns/{H.Segment(campaign)}/units/{H.Segment(r.Unit)}\">{H.Encode(view.UnitName(r.Unit))}</a></td>")
              .Append($"<td><span class=\"status {Labels.Css(r.Status)}\">{StatusWords.Of(r.Status)}</span></td>")
              .Append($"<td class=\"num\">{(r.Score is { } s ? VietnameseNumber.FormatFixed(s, 2) : "—")}</td>")
              .Append($"<td>{H.Encode(string.Join("; ", r.Reasons.Select(x => x.Vietnamese)))}</td></tr>");
        return sb.Append("</tbody></table></div>").ToString();
    }
}
