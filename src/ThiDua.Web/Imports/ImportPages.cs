using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ThiDua.Hosting;
using ThiDua.Import.Marking;
using ThiDua.Import.Parsing;
using ThiDua.Web.Errors;
using ThiDua.Web.Html;
using ThiDua.Web.Security;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Imports;

/// <summary>
/// <c>/imports</c>: upload → dry run with line-level errors → confirm. A valid file is kept server-side under a
/// random id (<see cref="UploadStore"/>) and the confirm button imports exactly that file for real.
/// </summary>
public static class ImportPages
{
    /// <summary>The page's heading: what the form takes, both kinds of file.</summary>
    public const string Heading = "Nhập số liệu từ tệp CSV hoặc Excel (.xlsx)";

    public static IEndpointRouteBuilder MapImportPages(this IEndpointRouteBuilder app)
    {
        // ?kind=targets (the empty pages' hints) chooses the kind in the form and opens its columns below it.
        app.MapGet("/imports", async (HttpContext context, IAntiforgery antiforgery, string? kind, ThiDuaRuntime runtime, CancellationToken ct) =>
        {
            var chosen = ImportKindNames.TryParse(kind, out var k) ? k : ImportKind.Measurements;
            await using var conn = await runtime.DataSource.OpenConnectionAsync(ct);
            var counts = await ThiDua.Registry.RegistryQueries.TargetCountsAsync(conn, ct);
            var campaigns = (await ThiDua.Registry.RegistryQueries.CampaignsAsync(conn, ct)).Select(c => (c, counts.GetValueOrDefault(c.Code))).ToList();
            var body = ImportForm.Render(Token(context, antiforgery), chosen) + ImportGuideHtml.Render(chosen, campaigns);
            return Pages.Html(PageLayout.Render(Heading, body, "/imports"));
        }).RequireAuthorization(AuthPolicies.Analyst).ExcludeFromDescription();
        app.MapImportTemplates();
        app.MapMarkedCopy();

        app.MapPost("/imports", async (HttpContext context, IAntiforgery antiforgery, ThiDuaRuntime runtime, UploadStore uploads, CancellationToken ct) =>
        {
            var form = await FormBody.ReadAsync(context);
            var file = form.Files.GetFile("file");
            var k = ImportRunner.Kind(form.Field("kind"));
            var c = ImportRunner.Culture(form.Field("culture"));
            var sheet = form.Field("sheet");
            if (file is null || file.Length == 0)
                throw RequestRejectedException.BadRequest("Chưa có tệp nào được gửi: trên trang /imports chọn một tệp CSV hoặc Excel (.xlsx) rồi bấm 'Kiểm tra tệp' / " +
                    "no file was sent: on the page /imports choose a CSV or Excel (.xlsx) file, then press 'Kiểm tra tệp'.");
            var name = Path.GetFileName(file.FileName);
            await using var content = file.OpenReadStream();
            var upload = await uploads.SaveAsync(content, name, k, c, string.IsNullOrWhiteSpace(sheet) ? null : sheet.Trim(), ct, context.User.Identity?.Name);
            return await CheckAsync(context, antiforgery, runtime, uploads, upload, ct);
        }).WithMetadata(new RequireAntiforgeryTokenAttribute()).RequireAuthorization(AuthPolicies.Analyst).ExcludeFromDescription();

        // Another sheet of a workbook already uploaded: checked again (a dry run) without uploading it again.
        app.MapPost("/imports/{id}/sheet", async (string id, HttpContext context, IAntiforgery antiforgery, ThiDuaRuntime runtime,
            UploadStore uploads, CancellationToken ct) =>
        {
            var upload = uploads.Find(id)
                ?? throw RequestRejectedException.NotFound("Tệp đã tải lên không còn (đã nhập hoặc quá hạn); hãy tải lên lại / the uploaded file is gone (already imported or expired); upload it again.");
            var sheet = (await context.Request.ReadFormAsync(ct))["sheet"].FirstOrDefault();
            if (string.IsNullOrWhiteSpace(sheet))
                throw RequestRejectedException.BadRequest("Hãy chọn một trang tính / choose a sheet.");
            return await CheckAsync(context, antiforgery, runtime, uploads, uploads.WithSheet(upload, sheet.Trim()), ct);
        }).WithMetadata(new RequireAntiforgeryTokenAttribute()).RequireAuthorization(AuthPolicies.Analyst).ExcludeFromDescription();

        app.MapPost("/imports/{id}/confirm", async (string id, HttpContext context, IAntiforgery antiforgery, ThiDuaRuntime runtime,
            UploadStore uploads, CancellationToken ct) =>
        {
            var upload = uploads.Find(id)
                ?? throw RequestRejectedException.NotFound("Tệp chờ xác nhận không còn (đã nhập hoặc quá hạn); hãy tải lên lại / the pending upload is gone (already imported or expired); upload it again.");
            var accepted = (await context.Request.ReadFormAsync(ct))["acceptWarnings"] == "yes";
            Import.Importing.ImportOutcome outcome;
            await using (var stored = uploads.Open(upload))
                outcome = await ImportRunner.RunAsync(context, runtime, stored, upload.FileName, upload.Kind, upload.Culture, CultureChoice.WebForm, dryRun: false, accepted, ct, upload.Sheet);
            // Refused only for its warnings: the file stays, so the analyst can tick the box and confirm it again; refused
            // for errors in its cells (the data changed since the check): it stays to be given back marked.
            var again = !outcome.Accepted && outcome.Errors.Count == 0;
            var marked = !outcome.Accepted && MarkedCopy.CanMark(outcome.Errors, outcome.Warnings);
            if (!again && !marked) uploads.Delete(upload);
            var token = Token(context, antiforgery);
            var body = ImportResultHtml.Render(outcome, marked ? MarkedCopyEndpoint.Link(upload) : null) + ImportWarningsHtml.Render(outcome, null)
                + (again ? ConfirmForm(upload, token, outcome.WarningCount) : "") + "<h2>Tải tệp khác</h2>" + ImportForm.Render(token, upload.Kind, upload.Culture);
            return Pages.Html(PageLayout.Render("Kết quả nhập tệp", body, "/imports"), outcome.Accepted ? 200 : 422);
        }).WithMetadata(new RequireAntiforgeryTokenAttribute()).RequireAuthorization(AuthPolicies.Analyst).ExcludeFromDescription();

        // Every change of a pending upload, checked again (a dry run), as CSV: the page shows only the first ones.
        app.MapGet("/imports/{id}/changes.csv", async (string id, HttpContext context, ThiDuaRuntime runtime, UploadStore uploads, CancellationToken ct) =>
        {
            var upload = uploads.Find(id)
                ?? throw RequestRejectedException.NotFound("Tệp chờ xác nhận không còn (đã nhập hoặc quá hạn) / the pending upload is gone (already imported or expired).");
            await using var stored = uploads.Open(upload);
            var outcome = await ImportRunner.RunAsync(context, runtime, stored, upload.FileName, upload.Kind, upload.Culture, CultureChoice.WebForm, dryRun: true, acceptWarnings: true, ct, upload.Sheet);
            // Results.File writes the name as filename*=UTF-8'' too: a name in Vietnamese (or with a quote) written raw into
            // the header was refused by Kestrel, a 500 instead of the download.
            return Results.File(System.Text.Encoding.UTF8.GetBytes(ImportWarningsHtml.Csv(outcome)), "text/csv; charset=utf-8",
                $"changes-{Path.GetFileNameWithoutExtension(upload.FileName)}.csv");
        }).RequireAuthorization(AuthPolicies.Analyst).ExcludeFromDescription();
        return app;
    }

    // The dry run of a stored upload, shown with its confirmation (when valid) and, for a workbook of several
    // sheets, a picker to check another one: such an upload is kept even when refused.
    private static async Task<IResult> CheckAsync(HttpContext context, IAntiforgery antiforgery, ThiDuaRuntime runtime, UploadStore uploads,
        PendingUpload upload, CancellationToken ct)
    {
        Import.Importing.ImportOutcome outcome;
        IReadOnlyList<string> sheets;
        try
        {
            await using var stored = uploads.Open(upload);
            sheets = Import.Xlsx.XlsxSheetList.Of(stored, upload.FileName);
            // Warnings accepted in the preview, so it shows every change; the confirmation asks for them to be checked.
            outcome = await ImportRunner.RunAsync(context, runtime, stored, upload.FileName, upload.Kind, upload.Culture, CultureChoice.WebForm, dryRun: true, acceptWarnings: true, ct, upload.Sheet);
        }
        catch
        {
            uploads.Delete(upload); // refused (too many rows…) or failed: nothing will ever confirm it
            throw;
        }
        // Kept when refused only to be given back marked or read from another sheet; swept after a day like the rest.
        // A file with warnings is kept for its confirmation and can be given back with the warned figures marked.
        var marked = MarkedCopy.CanMark(outcome.Errors, outcome.Warnings);
        if (!outcome.Accepted && sheets.Count < 2 && !marked) uploads.Delete(upload);
        var token = Token(context, antiforgery);
        var body = ImportSheetPicker.Render(upload, sheets, token)
            + ImportResultHtml.Render(outcome, marked ? MarkedCopyEndpoint.Link(upload) : null)
            + ImportWarningsHtml.Render(outcome, outcome.Accepted ? $"/imports/{upload.Id}/changes.csv" : null)
            + UnitChangesHtml.Render(outcome)
            + (outcome.Accepted ? ConfirmForm(upload, token, outcome.WarningCount) : "")
            + "<h2>Tải tệp khác</h2>" + ImportForm.Render(token, upload.Kind, upload.Culture);
        return Pages.Html(PageLayout.Render("Kết quả kiểm tra tệp", body, "/imports"), outcome.Accepted ? 200 : 422);
    }

    private static AntiforgeryTokenSet Token(HttpContext context, IAntiforgery antiforgery) => antiforgery.GetAndStoreTokens(context);

    // With warnings, the box must be ticked (the browser asks; the server refuses the file again without it).
    private static string ConfirmForm(PendingUpload upload, AntiforgeryTokenSet token, int warnings) => $"""
        <form class="upload" method="post" action="/imports/{H.Segment(upload.Id)}/confirm">
        {H.AntiforgeryField(token)}
        <p>Tệp hợp lệ. Bấm <strong>Nhập chính thức</strong> để ghi đúng tệp vừa kiểm tra vào cơ sở dữ liệu.</p>
        {(warnings > 0 ? $"<label class=\"confirm-warnings\"><input type=\"checkbox\" name=\"acceptWarnings\" value=\"yes\" required> Tôi đã kiểm tra các cảnh báo ({warnings})</label>" : "")}
        <button type="submit">Nhập chính thức</button>
        </form>
        """;
}
