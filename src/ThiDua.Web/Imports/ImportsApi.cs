using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ThiDua.Hosting;
using ThiDua.Import.Importing;
using ThiDua.Web.Errors;
using ThiDua.Web.Security;

namespace ThiDua.Web.Imports;

/// <summary><c>POST /api/imports/{kind}?dryRun=true</c>: a multipart CSV (<c>file</c>, optional <c>culture</c>) → the import outcome.</summary>
public static class ImportsApi
{
    public static IEndpointRouteBuilder MapImportsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/imports/{kind}", async Task<Results<Ok<ImportOutcome>, UnprocessableEntity<ImportOutcome>>> (
            string kind, IFormFile? file, [FromForm] string? culture, [FromQuery] bool? dryRun, HttpContext context, HttpRequest request, ThiDuaRuntime runtime, CancellationToken ct) =>
        {
            var k = ImportRunner.Kind(kind);
            var c = ImportRunner.Culture(culture ?? request.Query["culture"]);
            if (file is null || file.Length == 0)
                throw RequestRejectedException.BadRequest("Thiếu tệp CSV trong trường 'file' / the multipart field 'file' with the CSV is missing.");
            await using var stream = file.OpenReadStream();
            var outcome = await ImportRunner.RunAsync(context, runtime, stream, Path.GetFileName(file.FileName), k, c, dryRun ?? false, ct);
            return outcome.Accepted ? TypedResults.Ok(outcome) : TypedResults.UnprocessableEntity(outcome);
        })
        .DisableAntiforgery() // an API client with a token, not a browser form
        .RequireAuthorization(AuthPolicies.Analyst)
        .WithTags("Imports").WithName("Import")
        .WithSummary("Nhập một tệp CSV, toàn bộ hoặc không gì cả / import a CSV file all or nothing (422 with line-level errors when rejected)")
        .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }
}
