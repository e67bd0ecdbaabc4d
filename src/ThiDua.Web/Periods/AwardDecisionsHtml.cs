using System.Text;
using ThiDua.Analytics;
using ThiDua.Awards;
using ThiDua.Awards.Deciding;
using ThiDua.Web.Html;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Periods;

/// <summary>
/// The council's decisions on the campaign page, apart from the proposals: those standing, those a later decision
/// replaced, and for an admin (once the last month is closed, not "as of") a form to record one.
/// </summary>
public static class AwardDecisionsHtml
{
    public const string Anchor = "quyet-dinh";

    public static string Render(CampaignSnapshot snapshot, IReadOnlyList<AwardRow> awards, string? antiforgeryField, FormDoneNotice? done = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(awards);
        var current = AwardDecisions.Current(snapshot.Decisions);
        string Unit(string code) => snapshot.Units.TryGetValue(code, out var u) ? u.Name : code;
        string Form(string code) => FormName(snapshot, code);
        // The council's ballot gets a column only where one was recorded: without any, the tables stay as they were.
        var votes = snapshot.Decisions.Any(d => d.Vote is not null);
        var sb = new StringBuilder($"<h2 id=\"{Anchor}\">Quyết định khen thưởng</h2>").Append(done?.Decided());
        if (current.Count == 0) sb.Append("<p>Chưa có quyết định khen thưởng nào được ghi nhận.</p>");
        else
        {
            sb.Append("<div class=\"table-wrap\"><table class=\"decisions\">" + TableCaption.For("Quyết định khen thưởng") + $"<thead><tr><th>Hình thức</th><th>Tập thể, cá nhân</th><th>Quyết định</th><th>Số quyết định</th><th>Ngày</th><th>Ghi chú</th>{VotesHead(votes)}<th>Ghi nhận</th></tr></thead><tbody>");
            foreach (var d in current.Values.OrderBy(d => d.Form, StringComparer.Ordinal).ThenBy(d => d.Unit, StringComparer.Ordinal))
                sb.Append(Row(d, Form(d.Form), Unit(d.Unit), votes));
            sb.Append("</tbody></table></div>");
            var replaced = snapshot.Decisions.Where(d => !ReferenceEquals(current[(d.Form, d.Unit)], d)).ToList();
            if (replaced.Count > 0)
            {
                sb.Append("<details><summary>Quyết định trước đó đã được thay thế (").Append(replaced.Count).Append(")</summary><div class=\"table-wrap\"><table>" + TableCaption.For("Quyết định trước đó đã được thay thế") + $"<thead><tr><th>Hình thức</th><th>Tập thể, cá nhân</th><th>Quyết định</th><th>Số quyết định</th><th>Ngày</th><th>Ghi chú</th>{VotesHead(votes)}<th>Ghi nhận</th></tr></thead><tbody>");
                foreach (var d in replaced) sb.Append(Row(d, Form(d.Form), Unit(d.Unit), votes));
                sb.Append("</tbody></table></div></details>");
            }
        }
        if (antiforgeryField is not null) sb.Append(RecordForm(snapshot, awards, antiforgeryField, Unit, Form));
        return sb.ToString();
    }

    /// <summary>One unit's standing decisions, under its "Xét khen thưởng" on the unit page: the proposals table there
    /// says "Bằng điểm ở suất cuối" for a tie the council has since put off, and the decision was only on the campaign page.</summary>
    public static string ForUnit(CampaignSnapshot snapshot, string unit)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var mine = AwardDecisions.Current(snapshot.Decisions).Values.Where(d => d.Unit == unit).OrderBy(d => d.Form, StringComparer.Ordinal).ToList();
        if (mine.Count == 0) return "";
        var votes = mine.Any(d => d.Vote is not null);
        var sb = new StringBuilder("<h3>Quyết định của Hội đồng, cấp có thẩm quyền</h3><div class=\"table-wrap\"><table>" + TableCaption.For("Quyết định của Hội đồng, cấp có thẩm quyền") + "<thead><tr><th>Hình thức</th>")
            .Append($"<th>Quyết định</th><th>Số quyết định</th><th>Ngày</th><th>Ghi chú</th>{VotesHead(votes)}</tr></thead><tbody>");
        foreach (var d in mine) sb.Append($"<tr><td>{H.Encode(FormName(snapshot, d.Form))}</td>{Decided(d, votes)}</tr>");
        return sb.Append("</tbody></table></div>").ToString();
    }

    private static string FormName(CampaignSnapshot snapshot, string code) => snapshot.AwardForms.FirstOrDefault(f => f.Code == code)?.Name ?? code;

    private static string Row(AwardDecisionRecord d, string form, string unit, bool votes) =>
        $"<tr><td>{H.Encode(form)}</td><td>{H.Encode(unit)}</td>{Decided(d, votes)}<td class=\"meta\">{H.Encode(d.DecidedBy)}, {Html.Labels.Instant(d.DecidedAt)}</td></tr>";

    // The decision, its act's number and date, its note and the council's vote (when recorded): the cells both tables share.
    private static string VotesHead(bool votes) => votes ? "<th>Số phiếu đồng ý</th>" : "";

    private static string Decided(AwardDecisionRecord d, bool votes) =>
        $"<td>{H.Encode(AwardDecisions.Vietnamese(d.Decision))}</td><td>{H.Encode(d.Reference ?? "—")}</td>"
        + $"<td>{(d.Date is { } day ? Html.Labels.Date(day) : "—")}</td><td>{H.Encode(d.Note ?? "")}</td>" + (votes ? $"<td>{H.Encode(d.Vote?.Vietnamese() ?? "—")}</td>" : "");

    private static string RecordForm(CampaignSnapshot snapshot, IReadOnlyList<AwardRow> awards, string antiforgeryField, Func<string, string> unit, Func<string, string> form)
    {
        var c = snapshot.Campaign;
        if (!snapshot.Locks.IsLocked(c.LastMonth))
            return $"<p class=\"meta no-print\">Quyết định khen thưởng được ghi sau khi chốt số liệu tháng cuối ({Html.Labels.Month(c.LastMonth)}): xem mục <a href=\"#{PeriodLockHtml.Anchor}\">Chốt số liệu</a>.</p>";
        if (awards.Count == 0) return "";
        var candidates = string.Concat(awards.Where(a => a.Status != AwardStatus.Ineligible).Concat(awards.Where(a => a.Status == AwardStatus.Ineligible))
            .Select(a => $"<option value=\"{H.Encode(a.Form)}|{H.Encode(a.Unit)}\">{H.Encode(form(a.Form))} — {H.Encode(unit(a.Unit))}</option>"));
        return new StringBuilder($"<form class=\"upload no-print\" method=\"post\" action=\"/campaigns/{H.Segment(c.Code)}/decisions\">{antiforgeryField}")
            .Append($"<label>Ứng viên<select name=\"candidate\" required>{candidates}</select></label>")
            .Append("<label>Quyết định<select name=\"decision\"><option value=\"approved\">Đồng ý</option><option value=\"rejected\">Không đồng ý</option><option value=\"deferred\">Hoãn xét</option></select></label>")
            .Append("<label>Số quyết định<input name=\"reference\" maxlength=\"64\"></label>")
            .Append(Html.DateField.Day("date", "Ngày quyết định", null)) // dd/mm/yyyy in any browser; the import reads it (or yyyy-MM-dd)
            .Append("<label>Ghi chú<input name=\"note\" maxlength=\"2000\"></label>")
            .Append("<button type=\"submit\">Ghi quyết định</button></form>").ToString();
    }
}
