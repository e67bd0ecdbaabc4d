using System.Text;
using ThiDua.Campaigns;
using ThiDua.Periods;
using ThiDua.Periods.Locks;
using ThiDua.Web.Html;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Periods;

/// <summary>
/// The campaign page's "Chốt số liệu" section: the lock state as it stood (now or as of), the closes and reopens with
/// who, when and why, and for an admin (not when looking back "as of") the forms to close and reopen.
/// </summary>
public static class PeriodLockHtml
{
    public const string Anchor = "chot-so-lieu";

    public static string Render(Campaign campaign, PeriodLocks locks, string? antiforgeryField, FormDoneNotice? done = null)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(locks);
        var sb = new StringBuilder($"<h2 id=\"{Anchor}\">Chốt số liệu</h2>").Append(done?.Period(locks));
        sb.Append(locks.Current is null
            ? "<p>Chưa chốt tháng nào: số liệu mọi tháng còn có thể được sửa.</p>"
            : $"<p class=\"locked\"><strong>{H.Encode(PeriodMessages.State(locks))}</strong>: số liệu các tháng này không còn sửa được khi nhập tệp.</p>");
        if (locks.History.Count > 0)
        {
            sb.Append("<div class=\"table-wrap\"><table>" + TableCaption.For("Lịch sử chốt và mở lại số liệu") + "<thead><tr><th>Thời điểm</th><th>Việc</th><th>Người thực hiện</th><th>Lý do</th></tr></thead><tbody>");
            foreach (var h in locks.History.Reverse())
                sb.Append($"<tr><td>{Html.Labels.Instant(h.At)}</td><td>{H.Encode(PeriodWords.Action(h))}</td><td>{H.Encode(h.By)}</td><td>{H.Encode(h.Reason ?? "—")}</td></tr>");
            sb.Append("</tbody></table></div>");
        }
        if (antiforgeryField is not null) sb.Append(Forms(campaign, locks, antiforgeryField));
        return sb.ToString();
    }

    private static string Forms(Campaign campaign, PeriodLocks locks, string antiforgeryField)
    {
        var code = H.Segment(campaign.Code);
        var months = new List<YearMonth>();
        for (var m = campaign.FirstMonth; m <= campaign.LastMonth; m = m.AddMonths(1)) months.Add(m);
        string Options(IEnumerable<YearMonth> list, YearMonth? selected) => string.Concat(list.Select(m =>
            $"<option value=\"{m}\"{(m == selected ? " selected" : "")}>{Html.Labels.Month(m)}</option>"));
        var open = months.Where(m => !locks.IsLocked(m)).ToList();
        var closed = months.Where(locks.IsLocked).ToList();
        var sb = new StringBuilder("<div class=\"no-print admin-forms\">");
        if (open.Count > 0)
            sb.Append($"<form class=\"upload\" method=\"post\" action=\"/campaigns/{code}/periods/close\">{antiforgeryField}")
              .Append($"<label>Chốt số liệu đến hết tháng<select name=\"month\">{Options(open, open[^1])}</select></label>")
              .Append("<label>Lý do (không bắt buộc)<input name=\"reason\" maxlength=\"300\"></label>")
              .Append("<button type=\"submit\">Chốt số liệu</button></form>");
        if (closed.Count > 0)
            sb.Append($"<form class=\"upload\" method=\"post\" action=\"/campaigns/{code}/periods/reopen\">{antiforgeryField}")
              .Append($"<label>Mở lại từ tháng (và các tháng sau)<select name=\"month\">{Options(closed, closed[^1])}</select></label>")
              .Append("<label>Lý do (bắt buộc)<input name=\"reason\" required maxlength=\"300\"></label>")
              .Append("<button type=\"submit\" class=\"secondary\">Mở lại</button></form>");
        return sb.Append("</div>").ToString();
    }
}
