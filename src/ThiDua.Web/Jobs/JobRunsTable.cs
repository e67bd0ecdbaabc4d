using System.Globalization;
using System.Text;
using ThiDua.Scheduling;
using ThiDua.Web.Html;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Jobs;

/// <summary>
/// Runs of scheduled jobs as a table: when, how long, on which node, which attempt, and the outcome with its message.
/// A run of successive quick successes of one job with the same message (the catch-up job finding nothing to do,
/// a hundred times) is one row saying how many and from when to when; a failure or a slow run breaks it.
/// </summary>
public static class JobRunsTable
{
    /// <param name="jobNames">The jobs' Vietnamese descriptions by code, to name a job by (its code when it has none there).</param>
    public static string Render(IReadOnlyList<JobRun> runs, bool withJob, IReadOnlyDictionary<string, string>? jobNames = null)
    {
        string Job(string code) => $"<td><a href=\"/jobs/{H.Segment(code)}\">{H.Encode(jobNames?.GetValueOrDefault(code) ?? code)}</a></td>";
        var sb = new StringBuilder("<div class=\"table-wrap\"><table>" + TableCaption.For("Các lần chạy") + "<thead><tr>")
            .Append(withJob ? "<th>Việc</th>" : "")
            .Append("<th>Bắt đầu</th><th>Theo lịch</th><th class=\"num\">Thời gian chạy</th><th>Máy chủ</th><th class=\"num\">Lần thử</th><th>Kết quả</th></tr></thead><tbody>");
        for (var i = 0; i < runs.Count; i++)
        {
            var r = runs[i];
            var same = 1;
            while (i + same < runs.Count && Idle(runs[i + same]) && Idle(r) && runs[i + same].Job == r.Job && runs[i + same].Message == r.Message) same++;
            if (same >= 3)
            {
                var oldest = runs[i + same - 1];
                sb.Append("<tr class=\"collapsed-runs\">").Append(withJob ? Job(r.Job) : "")
                  .Append($"<td colspan=\"5\">{same} lần chạy liên tiếp, mỗi lần dưới 1 giây, từ {Labels.Instant(oldest.StartedAt, seconds: true)} ")
                  .Append($"đến {Labels.Instant(r.StartedAt, seconds: true)}</td><td><span class=\"status st-exceeded\">Thành công</span>{(r.Message is { } m ? " " + H.Encode(m) : "")}</td></tr>");
                i += same - 1;
                continue;
            }
            var laterSuccess = runs.Take(i).Any(l => l.Job == r.Job && l.Status is JobRunStatus.Succeeded or JobRunStatus.PartlyFailed);
            var outcome = Outcome(r, laterSuccess);
            sb.Append("<tr>")
              .Append(withJob ? Job(r.Job) : "")
              // To the second: the catch-up job runs every few seconds.
              .Append($"<td>{Labels.Instant(r.StartedAt, seconds: true)}</td><td>{Labels.Instant(r.ScheduledAt, seconds: true)}</td><td class=\"num\">{Duration(r)}</td>")
              .Append($"<td>{H.Encode(r.Node)}</td><td class=\"num\">{r.Attempt.ToString(CultureInfo.InvariantCulture)}</td><td>{outcome}</td></tr>");
        }
        return sb.Append("</tbody></table></div>").ToString();
    }

    /// <summary>A run's outcome cell: its status badge and message. An interrupted run says what became of it.</summary>
    /// <param name="laterSuccess">A later run of the same job succeeded (the page lists it above).</param>
    public static string Outcome(JobRun r, bool laterSuccess = false)
    {
        ArgumentNullException.ThrowIfNull(r);
        return r.Status switch
        {
            JobRunStatus.Succeeded => "<span class=\"status st-exceeded\">Thành công</span>" + (r.Message is { } m ? " " + H.Encode(m) : ""),
            JobRunStatus.PartlyFailed => "<span class=\"status st-notmet\">Xong, thiếu PDF</span> " + H.Encode(r.Message),
            JobRunStatus.Failed => "<span class=\"status st-notmet\">Lỗi</span> " + H.Encode(r.Message),
            JobRunStatus.Interrupted => "<span class=\"status st-notmet\">Bị ngắt</span> "
                + $"máy chủ {H.Encode(r.Node)} đã dừng trước khi lần chạy này xong (không ghi được kết thúc)."
                + (laterSuccess ? " Đã có lần chạy sau thành công."
                    : r.Job is "monthly-reports" or "summary-reports"
                        ? " Nếu lần chạy theo lịch gần nhất chưa thành công, nó sẽ được chạy bù (kiểm tra khi máy chủ khởi động và vài phút một lần)."
                        : ""),
            _ => "<span class=\"status\">Đang chạy</span>",
        };
    }

    // A success that took under a second: the job found nothing to do.
    private static bool Idle(JobRun r) => r.Status == JobRunStatus.Succeeded && r.FinishedAt is { } end && end - r.StartedAt < TimeSpan.FromSeconds(1);

    private static string Duration(JobRun r) => r.FinishedAt is { } end
        ? Formatting.VietnameseNumber.Format((decimal)(end - r.StartedAt).TotalSeconds, 1) + " giây"
        : "—";
}
