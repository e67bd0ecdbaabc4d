using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ThiDua.Formatting;
using ThiDua.Web.Errors;
using ThiDua.Web.Html;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Reports;

/// <summary><c>/reports</c>: generated reports from <see cref="IReportsView"/>, each downloadable at <c>/reports/{id}/{format}</c>.</summary>
public static class ReportsPages
{
    public static IEndpointRouteBuilder MapReportsPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/reports", async (IReportsView view, HttpRequest request, CancellationToken ct) =>
        {
            var reports = await view.ReportsAsync(ct);
            // Years of monthly reports (a province's dozen campaigns, 13 reports each a year) are read a page at a time,
            // newest first: the whole list was one table of every report ever made (4,420 rows, 1.4 MB, for 34 × 10 campaigns).
            var page = Campaigns.TablePage.From(request, "page", reports.Count);
            var sb = new StringBuilder("<p class=\"lead\">Báo cáo tiến độ hằng tháng (tự động lúc 07:00 ngày 1 hằng tháng) và báo cáo tổng kết (khi đến kỳ tổng kết), dạng PDF và HTML. Cần báo cáo ngay, quản trị viên tạo bằng lệnh <code>thidua report</code>.</p>");
            if (reports.Count == 0) sb.Append("<p class=\"notice\">Chưa có báo cáo nào.</p>");
            else
            {
                var nav = page.Nav("/reports", [], Anchor, "báo cáo");
                sb.Append($"<div id=\"{Anchor}\">").Append(nav).Append(Table([.. page.Of(reports)])).Append(nav).Append("</div>");
            }
            sb.Append(DossierSection.Render(await view.DossiersAsync(ct)));
            return Pages.Html(PageLayout.Render("Báo cáo", sb.ToString(), "/reports"));
        }).ExcludeFromDescription();

        app.MapGet("/reports/dossiers/{campaign}/{file}", async (string campaign, string file, IReportsView view, CancellationToken ct) =>
        {
            var found = await view.OpenDossierFileAsync(campaign, file, ct)
                ?? throw RequestRejectedException.NotFound($"Không có văn bản '{file}' trong hồ sơ của '{campaign}' / no file '{file}' in the dossier of '{campaign}'.");
            return Results.Stream(found.Content, found.ContentType, found.FileName);
        }).ExcludeFromDescription();

        app.MapGet("/reports/{id}/{format}", async (string id, string format, IReportsView view, CancellationToken ct) =>
        {
            var file = await view.OpenAsync(id, format, ct)
                ?? throw RequestRejectedException.NotFound($"Không có báo cáo '{id}' ({format}) / no report '{id}' ({format}).");
            return Results.Stream(file.Content, file.ContentType, file.FileName);
        }).ExcludeFromDescription();
        return app;
    }

    /// <summary>Where the pager's links land: the reports table.</summary>
    public const string Anchor = "bao-cao";

    /// <summary>The reports table: each report's links, and for one written without its PDF, why (its printer's reason).</summary>
    public static string Table(IReadOnlyList<ReportSummary> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var sb = new StringBuilder();
        sb.Append("<div class=\"table-wrap\"><table>" + TableCaption.For("Báo cáo đã tạo") + "<thead><tr><th>Báo cáo</th><th>Phong trào</th><th>Kỳ</th><th>Số liệu tính đến</th><th>Tải về</th></tr></thead><tbody>");
        foreach (var r in reports)
            sb.Append($"<tr><td>{H.Encode(r.Title)}</td><td>{H.Encode(r.Campaign)}</td><td>{H.Encode(r.Month ?? "Cả phong trào")}</td><td>{VietnameseDates.CutOff(r.CutOff)}</td><td>")
              .Append(string.Join(" · ", r.Formats.Select(f => $"<a href=\"/reports/{H.Segment(r.Id)}/{H.Segment(f)}\">{H.Encode(f.ToUpperInvariant())}</a>")))
              // A report written without its PDF says why beside the missing link (the HTML is there).
              .Append(r.Formats.Contains("pdf") ? "" : $"<br><small class=\"meta pdf-missing\">Không có PDF: {H.Encode(r.PdfProblem ?? "chưa in được")}</small>")
              .Append("</td></tr>");
        sb.Append("</tbody></table></div>");
        return sb.ToString();
    }
}
