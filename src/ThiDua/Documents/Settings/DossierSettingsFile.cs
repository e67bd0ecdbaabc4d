using System.Text.Json;
using ThiDua.Analytics.Querying;

namespace ThiDua.Documents.Settings;

/// <summary>
/// Reads a campaign's document settings: <c>{campaign}.json</c> in the settings folder (<c>THIDUA_DOCUMENTS</c>, else
/// <c>documents/</c> in the working folder or beside the program), or the file given. No file: blanks everywhere.
/// </summary>
public static class DossierSettingsFile
{
    public static string DefaultDirectory()
    {
        var candidates = new[]
        {
            Environment.GetEnvironmentVariable("THIDUA_DOCUMENTS"),
            Path.Combine(Environment.CurrentDirectory, "documents"),
            Path.Combine(AppContext.BaseDirectory, "documents"),
        };
        return candidates.FirstOrDefault(d => !string.IsNullOrEmpty(d) && Directory.Exists(d)) ?? candidates[^1]!;
    }

    /// <exception cref="QueryRejectedException">The file exists but is not valid settings JSON (it says where and why).</exception>
    public static DossierSettings Load(string campaign, string? file = null, string? directory = null)
    {
        var path = file ?? Path.Combine(directory ?? DefaultDirectory(), campaign + ".json");
        if (file is null && !File.Exists(path)) return DossierSettings.Blank;
        try
        {
            return JsonSerializer.Deserialize<DossierSettings>(File.ReadAllText(path),
                new JsonSerializerOptions { AllowTrailingCommas = true, ReadCommentHandling = JsonCommentHandling.Skip, UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow })
                ?? DossierSettings.Blank;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new QueryRejectedException(
                $"Tệp thiết lập văn bản '{path}' không đọc được: {e.Message} Xem docs/reports.md (Hồ sơ khen thưởng) / the document settings file '{path}' cannot be read: {e.Message} See docs/reports.md (award dossier).");
        }
    }
}
