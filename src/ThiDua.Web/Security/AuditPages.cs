using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ThiDua.Formatting;
using ThiDua.Web.Replicas;
using ThiDua.Security;
using ThiDua.Web.Errors;
using ThiDua.Web.Html;
using ThiDua.Web.Transfer;

namespace ThiDua.Web.Security;

/// <summary>
/// <c>/audit</c>, <c>GET /api/audit?campaign=&amp;unit=&amp;indicator=&amp;user=&amp;from=&amp;to=&amp;limit=&amp;before=</c>
/// and <c>GET /api/audit/events/{seq}</c>: who changed what, when, from which file and line, newest first;
/// <c>before</c> is the previous page's last <c>seq</c>.
/// </summary>
public static class AuditPages
{
    public static IEndpointRouteBuilder MapAuditPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audit", async ([AsParameters] AuditParameters p, AuditTrail audit, CancellationToken ct) =>
        {
            var query = p.ToQuery();
            var entries = await ReadAsync(audit, query, ct);
            return Results.Ok(new { entries, next = entries.Count == query.Limit ? entries[^1].Seq : (long?)null });
        }).WithBodyETag().WithTags("Audit").WithName("Audit")
          .WithSummary("Nhật ký thay đổi, mới nhất trước / who changed what, newest first (page with ?before=next; from, to: yyyy-MM-dd, Vietnam days)")
          .ProducesProblem(StatusCodes.Status400BadRequest);

        app.MapGet("/api/audit/events/{seq:long}", async (long seq, AuditTrail audit, CancellationToken ct) =>
            await audit.FindAsync(seq, ct) is { } entry
                ? Results.Ok(entry)
                : throw RequestRejectedException.NotFound($"Không có sự kiện số {seq} / no event with seq {seq}."))
          .WithBodyETag().WithTags("Audit").WithName("AuditEvent")
          .WithSummary("Một sự kiện như đã lưu (dữ liệu và siêu dữ liệu) / one recorded event as stored")
          .ProducesProblem(StatusCodes.Status404NotFound);

        app.MapGet("/audit", async ([AsParameters] AuditParameters p, AuditTrail audit, UserStore users, ReadDatabase reads, CancellationToken ct) =>
        {
            var query = p.ToQuery(formDays: true);
            var entries = await ReadAsync(audit, query, ct);
            var count = await audit.CountAsync(query, ct);
            var names = await AuditNames.LoadAsync(reads.Runtime.DataSource, entries, query.Campaign, ct);
            // As every other page answers an unknown campaign: "Không có thay đổi nào" read as if the campaign had none.
            if (query.Campaign is { } c && !names.Campaigns.ContainsKey(c))
                throw RequestRejectedException.NotFound($"Không có phong trào '{c}': các phong trào có ở trang chủ (/) / no campaign '{c}': the campaigns are listed on the home page (/).");
            var userNames = (await users.ListAsync(ct)).Select(u => u.Name).ToList();
            return Pages.Html(PageLayout.Render("Nhật ký thay đổi", Render(p, query, entries, count, names, userNames), "/audit"));
        }).ExcludeFromDescription();
        return app;
    }

    internal static async Task<IReadOnlyList<AuditEntry>> ReadAsync(AuditTrail audit, AuditQuery query, CancellationToken ct)
    {
        try
        {
            return await audit.ReadAsync(query, ct);
        }
        catch (UserRejectedException e)
        {
            throw RequestRejectedException.BadRequest(e.Message);
        }
    }

    private static string Render(AuditParameters p, AuditQuery q, IReadOnlyList<AuditEntry> entries, AuditCount count, AuditNames names, IReadOnlyList<string> users)
    {
        var sb = new StringBuilder(AuditFilterForm.Render(p, names, users));
        if (entries.Count == 0) return sb.Append("<p class=\"notice\">Không có thay đổi nào.</p>").ToString();
        var first = count.Newer + 1;
        sb.Append($"<p class=\"meta\" id=\"trang\">Trang {VietnameseNumber.Format(count.Page(q.Limit))}/{VietnameseNumber.Format(count.Pages(q.Limit))}: ")
          .Append($"thay đổi thứ {VietnameseNumber.Format(first)}–{VietnameseNumber.Format(first + entries.Count - 1)} trong {VietnameseNumber.Format(count.Total)}, mới nhất trước.</p>");
        sb.Append(AuditTable.Render(entries, names));
        sb.Append("<nav class=\"pager\" aria-label=\"Trang\">");
        if (q.Before is not null) sb.Append($"<a href=\"{p.Url("/audit", null)}\">← Trang đầu</a> ");
        if (entries.Count == q.Limit && first + entries.Count - 1 < count.Total) sb.Append($"<a href=\"{p.Url("/audit", entries[^1].Seq)}\">Trang sau →</a>");
        sb.Append("</nav>");
        sb.Append(Exports.ExportLinks.Excel("audit", ("campaign", q.Campaign), ("unit", q.Unit), ("indicator", q.Indicator), ("user", q.Actor),
            ("from", p.From?.Trim()), ("to", p.To?.Trim()), ("limit", q.Limit.ToString(CultureInfo.InvariantCulture)),
            ("before", q.Before?.ToString(CultureInfo.InvariantCulture))));
        return sb.ToString();
    }
}
