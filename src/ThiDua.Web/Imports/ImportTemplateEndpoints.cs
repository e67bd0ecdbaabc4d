using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ThiDua.Exports.Xlsx;
using ThiDua.Import.Parsing;
using ThiDua.Import.Templates;
using ThiDua.Web.Security;
using ThiDua.Web.Transfer;

namespace ThiDua.Web.Imports;

/// <summary>
/// <c>GET /imports/templates/{kind}.xlsx</c> and <c>.csv</c>: the empty file of each kind the /imports page offers
/// beside its column guide (<see cref="ImportTemplateFiles"/>). For analysts, as the page that links them.
/// </summary>
public static class ImportTemplateEndpoints
{
    public static string Link(ImportKind kind, string extension) => $"/imports/templates/{ImportKindNames.ToCliWord(kind)}.{extension}";

    public static IEndpointRouteBuilder MapImportTemplates(this IEndpointRouteBuilder app)
    {
        app.MapGet("/imports/templates/{kind}.xlsx", (string kind) => File(kind, "xlsx"))
            .RequireAuthorization(AuthPolicies.Analyst).ExcludeFromDescription();
        app.MapGet("/imports/templates/{kind}.csv", (string kind) => File(kind, "csv")).WithBodyETag()
            .RequireAuthorization(AuthPolicies.Analyst).ExcludeFromDescription();
        return app;
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
