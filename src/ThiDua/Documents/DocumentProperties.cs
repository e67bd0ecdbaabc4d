using ThiDua.Campaigns;

namespace ThiDua.Documents;

/// <summary>
/// What a Word or Excel file is, in its document properties (File › Info in Word and Excel, Properties in LibreOffice and
/// the file manager), written as <see cref="CorePropertiesPart"/>: a workbook's header stays on row 1 for scripts and
/// re-imports, so its title, campaign and instant live here; a dossier's documents say which paper they are.
/// No creation time: the same data gives the same file.
/// </summary>
public sealed record DocumentProperties(string Title, string? Subject = null)
{
    /// <summary>A campaign's file: the campaign's name and code as the subject.</summary>
    public static DocumentProperties ForCampaign(string title, Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return new(title, campaign.Name + " (" + campaign.Code + ")");
    }
}
