using System.Globalization;
using System.Text;
using ThiDua.Formatting;
using ThiDua.Security;
using ThiDua.Web.Html;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Security;

/// <summary>
/// The audit rows a person reads: when, who, what was done to which unit and indicator (by name), the change as
/// "14 → 1.234,5", file and line, a change accepted over a plausibility warning marked, and the raw event a click away.
/// </summary>
public static class AuditTable
{
    public static string Render(IReadOnlyList<AuditEntry> entries, AuditNames names)
    {
        var sb = new StringBuilder("<div class=\"table-wrap\"><table class=\"audit\">" + TableCaption.For("Nhật ký thay đổi") + "<thead><tr><th>Thời điểm</th><th>Người thực hiện</th>")
            .Append("<th>Việc</th><th>Đối tượng</th><th>Thay đổi</th><th>Tệp, dòng</th><th>Sự kiện gốc</th></tr></thead><tbody>");
        foreach (var e in entries)
        {
            var warned = e.AcceptedWarning is not null;
            sb.Append(warned ? "<tr class=\"accepted-over-warning\">" : "<tr>")
              .Append($"<td>{Labels.Instant(e.RecordedAt, seconds: true)}</td><td>{H.Encode(e.Actor)}</td>")
              .Append($"<td>{H.Encode(AuditWording.Action(e.Type))}</td><td>{AuditWording.Subject(e, names)}</td>")
              .Append($"<td class=\"change\">{AuditWording.Change(e)}")
              .Append(warned ? $"<p class=\"accepted-warning\"><strong>⚠ Nhập dù có cảnh báo:</strong> {H.Encode(AuditWording.AcceptedWarning(e))}</p>" : "")
              .Append($"</td><td>{H.Encode(e.SourceFile)}{(e.SourceLine is { } l ? ", dòng " + VietnameseNumber.Format(l) : "")}</td>")
              .Append($"<td><a href=\"{RawLink(e.Seq)}\" title=\"Sự kiện dạng JSON, như đã lưu\">#{e.Seq.ToString(CultureInfo.InvariantCulture)}</a></td></tr>");
        }
        return sb.Append("</tbody></table></div>").ToString();
    }

    public static string RawLink(long seq) => $"/api/audit/events/{seq.ToString(CultureInfo.InvariantCulture)}";
}
