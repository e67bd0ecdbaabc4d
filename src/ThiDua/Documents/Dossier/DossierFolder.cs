namespace ThiDua.Documents.Dossier;

/// <summary>The dossiers written in a reports folder: each <c>&lt;campaign&gt;-ho-so-khen-thuong/</c> with its .docx files.</summary>
public static class DossierFolder
{
    public static IReadOnlyList<GeneratedDossier> List(string directory)
    {
        if (!Directory.Exists(directory)) return [];
        return Directory.GetDirectories(directory, "*" + DossierFileNames.FolderSuffix)
            .Select(folder => new GeneratedDossier(Path.GetFileName(folder)[..^DossierFileNames.FolderSuffix.Length], folder,
                Directory.GetFiles(folder, "*.docx").OrderBy(Rank).ThenBy(f => f, StringComparer.Ordinal).ToList()))
            .Where(d => d.Files.Count > 0)
            .OrderBy(d => d.Campaign, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The cut-off a campaign's dossier was made at; null when there is none (or it predates the stamp).</summary>
    public static DateTimeOffset? CutOff(string directory, string campaign)
    {
        var file = Path.Combine(directory, DossierFileNames.Folder(campaign), DossierFileNames.CutOff);
        return File.Exists(file) && DateTimeOffset.TryParse(File.ReadAllText(file).Trim(), System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out var cutOff) ? cutOff : null;
    }

    // The tờ trình first, then the biên bản and the tổng kết, then the candidates' reports.
    private static int Rank(string file) => Path.GetFileName(file) switch
    {
        DossierFileNames.Proposal => 0,
        DossierFileNames.Minutes => 1,
        DossierFileNames.Summary => 2,
        _ => 3,
    };
}
