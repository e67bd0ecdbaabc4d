using ThiDua.Analytics.Querying;
using ThiDua.Charts.Png;
using ThiDua.Documents.Dossier;
using ThiDua.Documents.Settings;
using ThiDua.Hosting;

namespace ThiDua.Cli.Serving;

/// <summary>
/// For the demo: the award dossier (Word) of a finished campaign beside its summary, as the scheduled summary job
/// writes one. Without it /reports said "Chưa có hồ sơ nào" for seeds that are all finished and decided, until the job's
/// next 07:00 run. Written once: a dossier already in the folder is left as it is.
/// </summary>
public static class DemoDossiers
{
    /// <returns>The dossier written, or null when there is one already, the campaign has not ended at
    /// <paramref name="cutOff"/>, or its settings file cannot be read (the summary carries that note).</returns>
    public static async Task<GeneratedDossier?> GenerateAsync(ThiDuaRuntime runtime, string campaign, DateTimeOffset cutOff, string directory,
        CancellationToken ct, string? documentsDirectory = null)
    {
        if (Directory.Exists(Path.Combine(directory, DossierFileNames.Folder(campaign)))) return null;
        try
        {
            var settings = DossierSettingsFile.Load(campaign, directory: documentsDirectory);
            return await new DossierService(runtime, new PngChartRenderer()).GenerateAsync(campaign, cutOff, directory, settings, ct);
        }
        catch (QueryRejectedException)
        {
            return null;
        }
    }
}
