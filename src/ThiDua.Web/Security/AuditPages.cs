using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ThiDua.Security;
using ThiDua.Web.Errors;
using ThiDua.Web.Html;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Security;

/// <summary>
/// <c>/audit</c> and <c>GET /api/audit?campaign=&amp;unit=&amp;limit=&amp;before=</c>: who changed what, when, from
/// which file and line, newest first; <c>before</c> is the previous page's last <c>seq</c>.
/// </summary>
public static class AuditPages
{
    public static IEndpointRouteBuilder MapAuditPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audit", async ([FromQuery] string? campaign, [FromQuery] string? unit, [FromQuery] int? limit, [FromQuery] long? before,
            AuditTrail audit, CancellationToken ct) =>
        {
            var entries = await ReadAsync(audit, campaign, unit, limit, before, ct);
            var limitUsed = limit ?? AuditQuery.DefaultLimit;
            return Results.Ok(new { entries, next = entries.Count == limitUsed ? entries[^1].Seq : (long?)null });
        }).WithTags("Audit").WithName("Audit")
          .WithSummary("Nhật ký thay đổi, mới nhất trước / who changed what, newest first (page with ?before=next)")
          .ProducesProblem(StatusCodes.Status400BadRequest);

        app.MapGet("/audit", async ([FromQuery] string? campaign, [FromQuery] string? unit, [FromQuery] int? limit, [FromQuery] long? before,
            AuditTrail audit, CancellationToken ct) =>
        {
            var entries = await ReadAsync(audit, campaign, unit, limit, before, ct);
            return Pages.Html(PageLayout.Render("Nhật ký thay đổi", Render(entries, campaign, unit, limit ?? AuditQuery.DefaultLimit, before), "/audit"));
        }).ExcludeFromDescription();
        return app;
    }

    internal static async Task<IReadOnlyList<AuditEntry>> ReadAsync(AuditTrail audit, string? campaign, string? unit, int? limit, long? before, CancellationToken ct)
    {
        try
        {
            return await audit.ReadAsync(new AuditQuery(campaign, unit, limit ?? AuditQuery.DefaultLimit, before), ct);
        }
        catch (UserRejectedException e)
        {
            throw RequestRejectedException.BadRequest(e.Message);
        }
    }

    private static string Render(IReadOnlyList<AuditEntry> entries, string? campaign, string? unit, int limit, long? before)
    {
        var sb = new StringBuilder("<form class=\"filters\" method=\"get\" action=\"/audit\">")
            .Append($"<label>Phong trào<input name=\"campaign\" value=\"{H.Encode(campaign)}\"></label>")
            .Append($"<label>Đơn vị<input name=\"unit\" value=\"{H.Encode(unit)}\"></label>")
            .Append("<button type=\"submit\">Lọc</button></form>");
        if (entries.Count == 0) return sb.Append("<p class=\"notice\">Không có thay đổi nào.</p>").ToString();
        sb.Append("<div class=\"table-wrap\"><table><thead><tr><th>Thời điểm</th><th>Người thực hiện</th><th>Sự kiện</th><th>Luồng</th><th>Tệp, dòng</th><th>Nội dung</th></tr></thead><tbody>");
        foreach (var e in entries)
            sb.Append($"<tr><td>{Labels.Instant(e.RecordedAt, seconds: true)}</td>")
              .Append($"<td>{H.Encode(e.Actor)}</td><td>{H.Encode(e.Type)}</td><td><code>{H.Encode(e.StreamId)}</code></td>")
              .Append($"<td>{H.Encode(e.SourceFile)}{(e.SourceLine is { } l ? ", dòng " + l.ToString(CultureInfo.InvariantCulture) : "")}</td>")
              .Append($"<td><code>{H.Encode(e.Data.GetRawText())}</code>")
              .Append(e.AcceptedWarning is { } w ? $"<p class=\"accepted-warning\"><strong>Nhập dù có cảnh báo:</strong> {H.Encode(w)}</p>" : "")
              .Append("</td></tr>");
        sb.Append("</tbody></table></div>");
        sb.Append(Exports.ExportLinks.Excel("audit", ("campaign", campaign), ("unit", unit), ("limit", limit.ToString(CultureInfo.InvariantCulture)),
            ("before", before?.ToString(CultureInfo.InvariantCulture))));
        if (entries.Count == limit)
            sb.Append($"<p><a href=\"/audit?campaign={H.Query(campaign)}&amp;unit={H.Query(unit)}&amp;limit={limit}&amp;before={entries[^1].Seq}\">Trang sau →</a></p>");
        return sb.ToString();
    }
}
