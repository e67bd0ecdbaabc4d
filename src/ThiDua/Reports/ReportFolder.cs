using System.Text.Json;
using ThiDua.Hosting;

namespace ThiDua.Reports;

/// <summary>The reports generated in a folder, read from their JSON sidecars (for the web page's list).</summary>
public static class ReportFolder
{
    internal static JsonSerializerOptions Json { get; } = new(ThiDuaJson.Options) { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Every readable manifest, by campaign, kind (monthly first), month, cut-off. Unreadable sidecars are skipped.</summary>
    public static IReadOnlyList<GeneratedReport> List(string directory)
    {
        if (!Directory.Exists(directory)) return [];
        var reports = new List<GeneratedReport>();
        foreach (var file in Directory.GetFiles(directory, "*.json"))
        {
            try
            {
                var manifest = JsonSerializer.Deserialize<ReportManifest>(File.ReadAllText(file), Json);
                if (manifest is not null && File.Exists(Path.Combine(directory, manifest.Html))) reports.Add(new GeneratedReport(directory, manifest));
            }
            catch (JsonException) { }
        }
        return reports
            .OrderBy(r => r.Manifest.Campaign, StringComparer.Ordinal).ThenBy(r => r.Manifest.Kind)
            .ThenBy(r => r.Manifest.Month).ThenBy(r => r.Manifest.CutOff)
            .ToList();
    }

    internal static void WriteManifest(GeneratedReport report) =>
        AtomicFile.WriteAllText(report.ManifestPath, JsonSerializer.Serialize(report.Manifest, Json) + "\n");
}
