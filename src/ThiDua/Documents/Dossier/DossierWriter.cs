using ThiDua.Documents.Settings;
using ThiDua.Reports.Summary;

namespace ThiDua.Documents.Dossier;

/// <summary>
/// Writes a campaign's dossier into its folder: the whole set in a temporary folder first, then swapped in, so a
/// reader (the web page) never sees half a dossier and a regenerated one leaves no stale candidate behind.
/// </summary>
public static class DossierWriter
{
    public static GeneratedDossier Write(SummaryReport report, IReadOnlyList<DossierChart> charts, DossierSettings settings, string outDir)
    {
        ArgumentNullException.ThrowIfNull(report);
        var campaign = report.Campaign;
        // Every candidate's, those without targets (not in the ranking) and those put off (no báo cáo thành tích) too.
        var clusters = report.CandidateClusters;
        var workplaces = report.CandidateWorkplaces;
        var files = new List<(string Name, byte[] Content)>
        {
            (DossierFileNames.Proposal, ProposalDocx.Build(campaign, report.Forms, clusters, workplaces, settings, report.Decided)),
            (DossierFileNames.Minutes, CouncilMinutesDocx.Build(campaign, report.Forms, clusters, workplaces, settings, report.Decided)),
            (DossierFileNames.Summary, SummaryDocx.Build(report, charts, settings)),
        };
        var n = 0;
        // One báo cáo thành tích per candidate still proposed or approved (DossierCandidates).
        foreach (var a in report.Dossier) files.Add((DossierFileNames.Achievement(++n, a.Unit.Code), AchievementReportDocx.Build(campaign, a, settings)));

        var folder = Path.Combine(outDir, DossierFileNames.Folder(campaign.Code));
        if (File.Exists(folder))
            throw new IOException($"{folder} là một tệp, chắn chỗ thư mục hồ sơ: đổi tên hoặc xóa tệp đó rồi chạy lại / "
                + $"{folder} is a file where the dossier's folder goes: rename or remove it and run again.");
        var temporary = folder + ".tmp";
        if (Directory.Exists(temporary)) Directory.Delete(temporary, recursive: true);
        try
        {
            Directory.CreateDirectory(temporary);
            foreach (var (name, content) in files) File.WriteAllBytes(Path.Combine(temporary, name), content);
            File.WriteAllText(Path.Combine(temporary, DossierFileNames.CutOff), report.CutOff.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        }
        catch
        {
            // A full disk or a read-only folder: no half dossier is left behind; the one already there stays.
            TryDelete(temporary);
            throw;
        }
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            Directory.Move(temporary, folder);
        }
        catch
        {
            // The swap failed (something else in the folder's place): the complete set written aside is not left behind.
            TryDelete(temporary);
            throw;
        }
        return new GeneratedDossier(campaign.Code, folder, files.Select(f => Path.Combine(folder, f.Name)).ToList());
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
