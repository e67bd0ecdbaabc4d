using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ThiDua.Exports.Xlsx;
using ThiDua.Import.Parsing;
using ThiDua.Import.Templates;
using ThiDua.Web.Campaigns;
using ThiDua.Web.Errors;
using ThiDua.Web.Security;
using ThiDua.Web.Transfer;

namespace ThiDua.Web.Imports;

/// <summary>
/// <c>GET /imports/templates/{kind}.xlsx</c> and <c>.csv</c>: the empty file of each kind the /imports page offers
/// beside its column guide (<see cref="ImportTemplateFiles"/>). For analysts, as the page that links them.
/// <c>targets.xlsx|csv?from=C</c> is the targets file prefilled from campaign C for next year's campaign
/// (<see cref="NextYearTargets"/>); an unknown C is the campaign pages' 404, naming it.
/// </summary>
public static class ImportTemplateEndpoints
{
    public static string Link(ImportKind kind, string extension) => $"/imports/templates/{ImportKindNames.ToCliWord(kind)}.{extension}";

    public static IEndpointRouteBuilder MapImportTemplates(this IEndpointRouteBuilder app)
    {
        app.MapGet("/imports/templates/{kind}.xlsx", (string kind, string? from, CampaignViews views, CancellationToken ct) => File(kind, "xlsx", from, views, ct))
            .RequireAuthorization(AuthPolicies.Analyst).ExcludeFromDescription();
        app.MapGet("/imports/templates/{kind}.csv", (string kind, string? from, CampaignViews views, CancellationToken ct) => File(kind, "csv", from, views, ct)).WithBodyETag()
            .RequireAuthorization(AuthPolicies.Analyst).ExcludeFromDescription();
        return app;
    }

    public static string PrefilledLink(string from, string extension) => $"/imports/templates/targets.{extension}?from={Uri.EscapeDataString(from)}";

    private static async Task<IResult> File(string word, string extension, string? from, CampaignViews views, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(from)) return File(word, extension);
        if (word != ImportKindNames.ToCliWord(ImportKind.Targets))
            throw RequestRejectedException.BadRequest($"Tệp mẫu điền sẵn từ phong trào (from={from}) chỉ có cho targets (giao chỉ tiêu): bỏ tham số from để tải tệp mẫu trống của {word} / "
                + $"a template prefilled from a campaign (from={from}) exists for targets only: drop the from parameter for the empty {word} template.");
        var view = await views.LoadAsync(from.Trim(), null, null, ct);
        var code = view.Snapshot.Campaign.Code;
        return extension == "xlsx"
            ? Results.File(NextYearTargets.Workbook(view.Snapshot, view.Period, view.Result.Attainment), XlsxWorkbookWriter.ContentType, NextYearTargets.FileName(code, extension))
            : Results.File(NextYearTargets.Csv(view.Snapshot), "text/csv; charset=utf-8", NextYearTargets.FileName(code, extension));
    }

    private static IResult File(string word, string extension)
    {
        // Only the CLI's exact words: the links are built from them, and anything else is a page that does not exist.
        if (!ImportKindNames.TryParse(word, out var kind) || ImportKindNames.ToCliWord(kind) != word) return Results.NotFound();
        return extension == "xlsx"
            ? Results.File(ImportTemplateFiles.Workbook(kind), XlsxWorkbookWriter.ContentType, ImportTemplateFiles.FileName(kind, extension))
            : Results.File(ImportTemplateFiles.Csv(kind), "text/csv; charset=utf-8", ImportTemplateFiles.FileName(kind, extension));
    }
}
