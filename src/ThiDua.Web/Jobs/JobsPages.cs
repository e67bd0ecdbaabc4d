using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ThiDua.Hosting;
using ThiDua.Scheduling;
using ThiDua.Web.Errors;
using ThiDua.Web.Html;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Jobs;

/// <summary>
/// <c>/jobs</c>: the scheduled jobs from <see cref="IJobsView"/> (or "Chưa có") and the latest failures;
/// <c>/jobs/{name}</c>: one job's run history, from every node.
/// </summary>
public static class JobsPages
{
    private const int HistoryLength = 100;

    // The schedule and every time shown are Vietnam's, whatever the server's TZ: an operator abroad, or one reading a
    // server set to UTC, would otherwise take 07:00 for the server's clock.
    private const string TimesNote = "Mọi giờ trên trang này, cả lịch chạy, là giờ Việt Nam (UTC+07:00), dù máy chủ đặt múi giờ nào.";

    public static IEndpointRouteBuilder MapJobsPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/jobs", async (IJobsView view, ThiDuaRuntime runtime, HttpContext context, Microsoft.AspNetCore.Antiforgery.IAntiforgery antiforgery, CancellationToken ct) =>
        {
            var jobs = await view.JobsAsync(ct);
            var token = antiforgery.GetAndStoreTokens(context);
            // Only an admin may run a job now (the POST says so too): others are not offered a button that refuses them.
            var runs = Security.PageUser.Current is { IsAdmin: true };
            var sb = new StringBuilder("<p class=\"lead\">Các việc chạy định kỳ trên bộ lập lịch dùng chung (nhiều máy chủ, mỗi lần hẹn chỉ chạy một lần): tính lại số liệu vài giây một lần, báo cáo tiến độ 07:00 ngày 1 hằng tháng, báo cáo tổng kết khi đến kỳ tổng kết. " + TimesNote + "</p>");
            if (jobs.Count == 0) sb.Append("<p class=\"notice\">Chưa có việc nào được lập lịch.</p>");
            else sb.Append(JobsTable.Render(jobs, runs ? H.AntiforgeryField(token) : null));
            // Failures stay visible here even when the catch-up job has run a thousand times since.
            var failures = await JobRuns.FailuresAsync(runtime.DataSource, 10, ct);
            sb.Append("<h2>Lần chạy lỗi gần đây</h2>")
              .Append(failures.Count == 0 ? "<p>Chưa có lần chạy nào bị lỗi.</p>" : JobRunsTable.Render(failures, withJob: true, jobs.ToDictionary(j => j.Name, j => j.Title)))
              .Append("<p class=\"meta\">Mỗi việc: bấm tên việc để xem lịch sử các lần chạy (mọi máy chủ).</p>");
            return Pages.Html(PageLayout.Render("Lịch chạy tự động", sb.ToString(), "/jobs"));
        }).ExcludeFromDescription();

        app.MapGet("/jobs/{name}", async (string name, IJobsView view, ThiDuaRuntime runtime, CancellationToken ct) =>
        {
            var runs = await JobRuns.OfJobAsync(runtime.DataSource, name, HistoryLength, ct);
            var job = (await view.JobsAsync(ct)).FirstOrDefault(j => j.Name == name);
            if (job is null && runs.Count == 0) throw RequestRejectedException.NotFound($"Không có việc '{name}' / no job '{name}'. Xem / see /jobs");
            var body = new StringBuilder($"<p class=\"lead\">{H.Encode(job?.Description ?? "")}</p>")
                .Append($"<p>Lần chạy tiếp theo: <strong>{Labels.Instant(job?.NextFireAt)}</strong>"
                    + (runs.Count == 0 ? "</p>" : $" · {runs.Count} lần chạy gần nhất, mới nhất ở trên (giữ tối đa 500 lần mỗi việc).</p>"))
                .Append(runs.Count == 0 ? "<p>Chưa có lần chạy nào.</p>" : JobRunsTable.Render(runs, withJob: false))
                .Append($"<p class=\"meta\">{TimesNote}</p><p class=\"meta no-print\"><a href=\"/jobs\">Tất cả các việc</a></p>");
            // The job's Vietnamese description names it for people; its id (in the URL) for operators.
            return Pages.Html(PageLayout.Render($"Lịch sử chạy: {job?.Description ?? name}", body.ToString(), "/jobs"));
        }).ExcludeFromDescription();

        app.MapPost("/jobs/{name}/run", async (string name, IJobsView view, CancellationToken ct) =>
        {
            if (!await view.RunNowAsync(name, ct))
                throw RequestRejectedException.NotFound($"Không có việc '{name}' / no job '{name}'.");
            return Results.Redirect("/jobs");
        }).WithMetadata(new Microsoft.AspNetCore.Antiforgery.RequireAntiforgeryTokenAttribute())
          .RequireAuthorization(Security.AuthPolicies.Admin).ExcludeFromDescription();
        return app;
    }
}
