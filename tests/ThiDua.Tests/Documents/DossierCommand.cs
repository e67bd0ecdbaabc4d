using ThiDua.Documents.Dossier;
using ThiDua.Tests.Cli;

namespace ThiDua.Tests.Documents;

/// <summary>Runs <c>thidua report dossier</c> as a clerk does and returns the dossier's folder; the command must succeed.</summary>
public static class DossierCommand
{
    public static async Task<string> RunAsync(string database, string campaign, string outDir, params string[] extra)
    {
        var result = await ThiDuaProcess.RunAsync(["report", "dossier", "--campaign", campaign, "--out", outDir, .. extra, "--database", database]);
        result.ExitCode.Should().Be(0, result.ToString());
        return Path.Combine(outDir, DossierFileNames.Folder(campaign));
    }
}
