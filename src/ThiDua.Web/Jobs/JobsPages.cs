using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ThiDua.Web.Errors;
using ThiDua.Web.Html;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Jobs;

/// <summary><c>/jobs</c>: the scheduled jobs from <see cref="IJobsView"/>, or "Chưa có".</summary>
public static class JobsPages
{
    public static IEndpointRouteBuilder MapJobsPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/jobs", async (IJobsView view, HttpContext context, Microsoft.AspNetCore.Antiforgery.IAntiforgery antiforgery, CancellationToken ct) =>
        {
            var jobs = await view.JobsAsync(ct);
            var token = antiforgery.GetAndStoreTokens(context);
            // Only an admin may run a job now (the POST says so too): others are not offered a button that refuses them.
            var runs = Security.PageUser.Current is { IsAdmin: true };
            var sb = new StringBuilder("<p class=\"lead\">Các việc chạy định kỳ trên bộ lập lịch dùng chung (nhiều máy chủ, mỗi lần hẹn chỉ chạy một lần): tính lại số liệu vài giây một lần, báo cáo tiến độ 07:00 ngày 1 hằng tháng, báo cáo tổng kết khi đến kỳ tổng kết.</p>");
            if (jobs.Count == 0) sb.Append("<p class=\"notice\">Chưa có việc nào được lập lịch.</p>");
            else
            {
                sb.Append("<div class=\"table-wrap\"><table><thead><tr><th>Việc</th><th>Lần chạy tới</th><th>Lần chạy gần nhất</th><th>Kết quả</th><th></th></tr></thead><tbody>");
                foreach (var j in jobs)
                    sb.Append($"<tr><td><strong>{H.Encode(j.Name)}</strong><br><span class=\"meta\">{H.Encode(j.Description)}</span></td><td>{Labels.Instant(j.NextFireAt)}</td><td>{Labels.Instant(j.LastRunAt)}</td>")
                      .Append($"<td>{(j.LastSucceeded switch { true => "<span class=\"status st-exceeded\">Thành công</span>", false => "<span class=\"status st-notmet\">Lỗi</span> " + H.Encode(j.LastError), _ => "—" })}</td>")
                      .Append(runs ? $"<td><form method=\"post\" action=\"/jobs/{H.Segment(j.Name)}/run\">{H.AntiforgeryField(token)}<button type=\"submit\">Chạy ngay</button></form></td></tr>" : "<td></td></tr>");
                sb.Append("</tbody></table></div>");
            }
            return Pages.Html(PageLayout.Render("Lịch chạy tự động", sb.ToString(), "/jobs"));
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
