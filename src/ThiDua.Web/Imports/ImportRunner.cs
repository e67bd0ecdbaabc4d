using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Hosting;
using ThiDua.Import.Importing;
using ThiDua.Import.Parsing;
using ThiDua.Web.Errors;
using ThiDua.Web.Security;

namespace ThiDua.Web.Imports;

/// <summary>Runs the core's all-or-nothing importer for the API and the pages, and checks their words for kind and culture.</summary>
public static class ImportRunner
{
    /// <summary>
    /// Imports as the signed-in user (the events' actor), within the configured rows-per-file limit; a file with
    /// plausibility warnings only when <paramref name="acceptWarnings"/>.
    /// </summary>
    /// <param name="sheet">For an Excel workbook, the sheet to read; null: the first.</param>
    /// <param name="choice">Where the reader of the errors chooses the culture: the page's form, or the API's field.</param>
    public static async Task<ImportOutcome> RunAsync(HttpContext context, ThiDuaRuntime runtime, Stream content, string fileName, ImportKind kind, NumberCulture culture,
        CultureChoice choice, bool dryRun, bool acceptWarnings, CancellationToken ct, string? sheet = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(runtime);
        // Lines of a zip mean nothing: a workbook is bounded by the upload size and its reader's unpacking limits.
        if (!CsvImportReader.IsWorkbook(content, fileName))
            await ImportRowLimit.EnsureWithinAsync(content, context.RequestServices.GetRequiredService<SecurityLimits>().MaxImportRows, ct);
        var importer = new CsvImporter(runtime.DataSource, runtime.Store, runtime.Clock);
        return await importer.ImportAsync(content, new ImportRequest(fileName, kind, culture, dryRun, ThiDuaClaims.ActorOf(context.User), sheet, acceptWarnings, choice), null, ct);
    }

    public static ImportKind Kind(string? word) => ImportKindNames.TryParse(word, out var kind)
        ? kind
        : throw RequestRejectedException.BadRequest($"Loại tệp '{word}' không hợp lệ / unknown kind '{word}': {ImportKindNames.AllWords.Replace('|', ',')}.");

    public static NumberCulture Culture(string? word) => string.IsNullOrWhiteSpace(word) ? NumberCulture.Vi
        : NumberCultureNames.TryParse(word, out var culture) ? culture
        : throw RequestRejectedException.BadRequest($"culture phải là vi hoặc en / culture must be vi or en (got '{word}').");
}
