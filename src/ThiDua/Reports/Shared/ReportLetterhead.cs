using ThiDua.Documents.Settings;

namespace ThiDua.Reports.Shared;

/// <summary>
/// Who issues and signs a campaign's reports (the same per-campaign settings as the award dossier), and why they could
/// not be read if so: a broken settings file must not stop the month's reports, they are written with blanks and say why.
/// </summary>
public sealed record ReportLetterhead(DossierSettings Settings, string? Problem = null)
{
    public static ReportLetterhead Blank { get; } = new(DossierSettings.Blank);
}
