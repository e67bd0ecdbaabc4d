using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ThiDua.Hosting;
using ThiDua.Import.Importing;
using ThiDua.Import.Parsing;
using ThiDua.Web.Errors;
using ThiDua.Web.Security;

namespace ThiDua.Web.Imports;

/// <summary>
/// <c>POST /api/imports/{kind}?dryRun=true&amp;acceptWarnings=true</c>: a multipart CSV or .xlsx (<c>file</c>, optional
/// <c>culture</c>, and <c>sheet</c> for a workbook) → the import outcome; a file with plausibility warnings is a 422
/// listing them unless accepted.
/// The form is read here rather than bound: a binding failure (a body that is not multipart, <c>dryRun=1</c>) would
/// otherwise answer without saying what is wrong.
/// </summary>
public static class ImportsApi
{
    public static IEndpointRouteBuilder MapImportsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/imports/{kind}", async (string kind, HttpContext context, ThiDuaRuntime runtime, CancellationToken ct) =>
        {
            var request = context.Request;
            // A token, not the browser's cookie: any page the browser visits could post here with the cookie (CSRF).
            // In a browser, /imports is the way (its form carries an anti-forgery token).
            if (!ApiTokenHandler.HasBearer(request))
                throw new RequestRejectedException(StatusCodes.Status401Unauthorized,
                    "Nhập qua API cần mã API (Authorization: Bearer …); trong trình duyệt hãy dùng trang /imports / importing through the API needs an API token (Authorization: Bearer …); in a browser use the /imports page.");
            var k = ImportRunner.Kind(kind);
            var dryRun = YesNo("dryRun", request.Query["dryRun"]);
            var acceptWarnings = YesNo("acceptWarnings", request.Query["acceptWarnings"]);
            // Multipart only: a urlencoded form is a form too, but cannot carry the file.
            if (!IsMultipart(request))
                throw new RequestRejectedException(StatusCodes.Status415UnsupportedMediaType,
                    "Hãy gửi tệp CSV hoặc Excel (.xlsx) dạng multipart/form-data, trong trường 'file' / send the CSV or .xlsx file as multipart/form-data, in the field 'file'.");
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(ct);
            }
            // Cut short ("unexpected end of stream"). Kestrel's own refusals are IOExceptions too (a chunked body over
            // the size limit: 413): those keep their status.
            catch (IOException e) when (e is not BadHttpRequestException)
            {
                throw RequestRejectedException.BadRequest(ErrorResponses.UnreadableBody);
            }
            var c = ImportRunner.Culture(form["culture"].FirstOrDefault() ?? request.Query["culture"]);
            if (form.Files.GetFiles("file").Count > 1)
                throw RequestRejectedException.BadRequest("Chỉ gửi một tệp mỗi lần, trong trường 'file' / send one file at a time, in the field 'file'.");
            var file = form.Files.GetFile("file")
                ?? throw RequestRejectedException.BadRequest("Thiếu tệp CSV hoặc Excel (.xlsx) trong trường 'file' / the multipart field 'file' with the CSV or .xlsx file is missing.");
            await using var stream = file.OpenReadStream(); // an empty file is the importer's to reject, with its own message
            var sheet = form["sheet"].FirstOrDefault() ?? request.Query["sheet"].FirstOrDefault();
            var outcome = await ImportRunner.RunAsync(context, runtime, stream, Path.GetFileName(file.FileName), k, c, CultureChoice.ApiField, dryRun, acceptWarnings, ct,
                string.IsNullOrWhiteSpace(sheet) ? null : sheet);
            return outcome.Accepted ? Results.Ok(outcome) : Results.UnprocessableEntity(outcome);
        })
        .DisableAntiforgery() // an API client with a token, not a browser form
        .RequireAuthorization(AuthPolicies.Analyst)
        .WithTags("Imports").WithName("Import")
        .WithSummary("Nhập một tệp CSV hoặc Excel (.xlsx), toàn bộ hoặc không gì cả / import a CSV or .xlsx file all or nothing (422 with line-level errors when rejected)")
        .AddOpenApiOperationTransformer(ImportApiDocument.Describe)
        .Produces<ImportOutcome>(StatusCodes.Status200OK)
        .Produces<ImportOutcome>(StatusCodes.Status422UnprocessableEntity)
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return app;
    }

    private static bool IsMultipart(HttpRequest request) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase);

    // The yes/no words the CSV files take (true/false, 1/0, yes/no, có/không).
    private static bool YesNo(string name, string? word) => string.IsNullOrWhiteSpace(word) ? false
        : ImportValueAliases.Booleans.TryParse(word, out var yes) ? yes
        : throw RequestRejectedException.BadRequest($"{name} phải là true hoặc false / {name} must be true or false (got '{word}').");
}
