using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ThiDua.Charts.Mapping;
using ThiDua.Documents;
using ThiDua.Comparing;
using ThiDua.Exports.Tables;
using ThiDua.Exports.Xlsx;
using ThiDua.Security;
using ThiDua.Web.Campaigns;
using ThiDua.Web.Errors;
using ThiDua.Web.Replicas;
using ThiDua.Web.Security;

namespace ThiDua.Web.Exports;

/// <summary>
/// <c>/exports/{table}.xlsx</c>: a page's table as an Excel workbook, with the page's filters
/// (<c>campaign, period, asOf, cluster, unit, indicator</c>; the audit's <c>campaign, unit, indicator, user, from, to, limit, before</c>).
/// All in the pages' words (<see cref="OfficeSheets"/>: ranking, attainment, awards — the CLI's <c>--format xlsx</c> keeps
/// the CSV's words for scripts); heatmap, registrations, submissions, previous-year, compare and audit are the pages' tables.
/// </summary>
public static class ExportsApi
{
    public static readonly IReadOnlyList<string> Tables = ["ranking", "attainment", "awards", "heatmap", "registrations", "submissions", "previous-year", "compare", "audit"];

    public static IEndpointRouteBuilder MapExportsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/exports/{table}.xlsx", async (string table, HttpRequest request, CampaignViews views, AuditTrail audit, ReadDatabase reads, CancellationToken ct) =>
        {
            if (!Tables.Contains(table))
                throw RequestRejectedException.NotFound($"Không có bảng '{table}' để tải / no table '{table}' to download: {string.Join(", ", Tables)}.");
            var campaign = request.Query["campaign"].ToString();
            if (table == "audit")
            {
                var entries = await AuditRequest.ReadAsync(audit, request, ct);
                var names = await AuditNames.LoadAsync(reads.Runtime.DataSource, entries, null, ct);
                return Workbook($"nhat-ky{(campaign.Length > 0 ? "-" + campaign : "")}", [AuditSheet.Of(entries, e => AuditWording.Read(e, names))],
                    WorkbookTitle.Audit(campaign));
            }
            if (string.IsNullOrWhiteSpace(campaign))
                throw RequestRejectedException.BadRequest("Thiếu tham số campaign / the campaign parameter is required.");
            var (view, selection) = await CampaignPages.LoadAsync(campaign, request, views, ct);
            var filter = new ChartFilter(selection.Cluster, Indicator: selection.Indicator, Unit: selection.Unit);
            bool Admits(string unit) => view.Snapshot.Units.TryGetValue(unit, out var u) && filter.Admits(u) && (filter.Unit is null || filter.Unit == unit);
            // The page's comparison (null for the other tables): last year's ranking is loaded beside this year's.
            var comparison = table == "previous-year" ? await PreviousYear.PreviousYearEndpoints.CompareOrNotFoundAsync(view, reads, ct) : null;
            IReadOnlyList<XlsxSheet> sheets = table switch
            {
                "compare" => UnitComparisonSheet.Of(view.Snapshot, UnitComparison.Of(view.Snapshot, view.Result,
                    Comparing.UnitComparisonEndpoints.Chosen(request.Query["units"], view, allowNone: false))),
                "previous-year" => PreviousYearSheet.Of(view.Snapshot, comparison!, PreviousYear.PreviousYearPage.Shown(comparison!, selection)),
                "ranking" => OfficeSheets.Ranking(view.Result.Ranking.Where(r => Admits(r.Unit)).ToList()),
                "attainment" => OfficeSheets.Attainment(view.Result.Attainment
                    .Where(a => Admits(a.Unit) && (filter.Indicator is null || a.Indicator == filter.Indicator)).ToList(), view.Snapshot,
                    LeftToDo.StillNeededColumn.For(view, (u, i) => Admits(u) && (filter.Indicator is null || i == filter.Indicator))?.ForSheet()),
                "awards" => OfficeSheets.Awards(view.Awards.Where(a => Admits(a.Unit)).ToList(), view.Snapshot),
                "registrations" => [RegistrationSheet.Of(view.Snapshot)],
                "submissions" => [SubmissionSheet.Of(view.Snapshot, view.Period, Submissions.SubmissionsPage.Rows(view, selection))],
                _ => HeatmapSheet.Of(view.Snapshot, view.Result, filter with { Unit = null }),
            };
            var period = WorkbookTitle.HasMonth(table) ? "-" + view.Period : "";
            return Workbook($"{view.Snapshot.Campaign.Code}-{table}{period}", sheets, WorkbookTitle.Of(table, view.Snapshot.Campaign, view.Period, view.AsOf));
        }).ExcludeFromDescription();
        return app;
    }

    private static IResult Workbook(string name, IReadOnlyList<XlsxSheet> sheets, DocumentProperties properties) =>
        Results.File(XlsxWorkbookWriter.ToBytes(sheets, properties), XlsxWorkbookWriter.ContentType, name + ".xlsx");
}
