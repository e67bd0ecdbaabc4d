using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ThiDua.Hosting;
using ThiDua.Import.Marking;
using ThiDua.Import.Parsing;
using ThiDua.Web.Errors;
using ThiDua.Web.Security;

namespace ThiDua.Web.Imports;

/// <summary>
/// <c>GET /imports/{id}/marked.xlsx</c>: a refused upload given back as a workbook with its wrong cells filled and its
/// errors listed — its warned figures too, for a file with plausibility warnings (<see cref="MarkedCopy"/>) — for the
/// analyst to correct and import as it is. The file is checked again
/// (a dry run), so the marks are what is wrong now.
/// </summary>
public static class MarkedCopyEndpoint
{
    public static string Link(PendingUpload upload) => $"/imports/{Html.Html.Segment(upload?.Id ?? "")}/marked.xlsx";

    public static IEndpointRouteBuilder MapMarkedCopy(this IEndpointRouteBuilder app)
    {
        app.MapGet("/imports/{id}/marked.xlsx", async (string id, HttpContext context, ThiDuaRuntime runtime, UploadStore uploads, CancellationToken ct) =>
        {
            var upload = uploads.Find(id)
                ?? throw RequestRejectedException.NotFound("Tệp đã tải lên không còn (đã nhập hoặc quá hạn một ngày); hãy tải lên lại để kiểm tra / "
                    + "the uploaded file is gone (imported, or older than a day); upload it again to check it.");
            Import.Importing.ImportOutcome outcome;
            await using (var stored = uploads.Open(upload))
                outcome = await ImportRunner.RunAsync(context, runtime, stored, upload.FileName, upload.Kind, upload.Culture, CultureChoice.WebForm,
                    dryRun: true, acceptWarnings: true, ct, upload.Sheet);
            using var copy = new MemoryStream();
            await using (var stored = uploads.Open(upload))
                if (!MarkedCopy.CanMark(outcome.Errors, outcome.Warnings)
                    || !MarkedCopy.TryWrite(stored, upload.FileName, upload.Kind, upload.Sheet, outcome.Errors, copy, outcome.Warnings))
                    throw RequestRejectedException.NotFound("Tệp này không có ô nào sai hay bất thường để đánh dấu (không còn lỗi hay cảnh báo, hoặc lỗi thuộc cả tệp): xem trang kết quả kiểm tra / "
                        + "this file has no wrong or unlikely cell to mark (no error or warning left, or its errors are about the whole file): see the check's result page.");
            return Results.File(copy.ToArray(), MarkedCopy.ContentType, MarkedCopy.FileName(upload.FileName, outcome.Errors));
        }).RequireAuthorization(AuthPolicies.Analyst).ExcludeFromDescription();
        return app;
    }
}
