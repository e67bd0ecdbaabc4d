using System.Text;
using ThiDua.Web.Html;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Jobs;

/// <summary>
/// The scheduled jobs on <c>/jobs</c>: each named by its Vietnamese description (a clerk does not read job codes);
/// an admin also sees the code, small, and a button to run the job now.
/// </summary>
public static class JobsTable
{
    /// <param name="antiforgeryField">The admin's hidden anti-forgery field; null for anyone else (no code, no button).</param>
    public static string Render(IReadOnlyList<JobSummary> jobs, string? antiforgeryField)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        var admin = antiforgeryField is not null;
        var sb = new StringBuilder("<div class=\"table-wrap\"><table>" + TableCaption.For("Việc chạy theo lịch") + "<thead><tr><th>Việc</th><th>Lần chạy tới</th><th>Lần chạy gần nhất</th><th>Kết quả</th>" + (admin ? "<th>" + ScreenReaderText.For("Chạy ngay") + "</th>" : "") + "</tr></thead><tbody>");
        // Each row's button names its job for a screen reader (a list of buttons all called "Chạy ngay" says nothing of
        // which job runs), and the column, empty to the eye, has a heading to be read with its cells; a reader who may
        // not run jobs has no such column (it was an empty one, read as "trống" on every row).
        foreach (var j in jobs)
        {
            var name = j.Title;
            sb.Append($"<tr><td><a href=\"/jobs/{H.Segment(j.Name)}\"><strong>{H.Encode(name)}</strong></a>")
              .Append(admin && name != j.Name ? $"<br><small class=\"meta\"><code>{H.Encode(j.Name)}</code></small>" : "")
              .Append($"</td><td>{Labels.Instant(j.NextFireAt)}</td><td>{Labels.Instant(j.LastRunAt)}</td>")
              .Append($"<td>{(j.LastRun is { } last ? JobRunsTable.Outcome(last) : j.LastSucceeded switch { true => "<span class=\"status st-exceeded\">Thành công</span>", false => "<span class=\"status st-notmet\">Lỗi</span> " + H.Encode(j.LastError), _ => "—" })}</td>")
              .Append(admin ? $"<td><form method=\"post\" action=\"/jobs/{H.Segment(j.Name)}/run\">{antiforgeryField}<button type=\"submit\">Chạy ngay{ScreenReaderText.For(": " + name)}</button></form></td></tr>" : "</tr>");
        }
        return sb.Append("</tbody></table></div>").ToString();
    }
}
