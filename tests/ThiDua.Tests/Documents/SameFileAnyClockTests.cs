using ThiDua.Tests.Cli;

namespace ThiDua.Tests.Documents;

/// <summary>
/// "No creation time: the same data gives the same file" (docs/exports.md, reports.md) — also on a machine whose zone is
/// not Vietnam's, and at another hour: the zip entries of a workbook or a Word document carry no clock of the machine.
/// </summary>
public sealed class SameFileAnyClockTests(SeededDatabase db) : IClassFixture<SeededDatabase>, IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("thidua-same-file-").FullName;

    private async Task RunInZoneAsync(string zone, params string[] args)
    {
        var result = await ThiDuaProcess.RunAsync([.. args, "--database", db.ConnectionString], new Dictionary<string, string?> { ["TZ"] = zone });
        result.ExitCode.Should().Be(0, result.ToString());
    }

    [Fact]
    public async Task The_same_ranking_workbook_made_on_a_UTC_machine_and_on_a_New_York_one_is_the_same_file()
    {
        var (utc, newYork) = (Path.Combine(dir, "utc.xlsx"), Path.Combine(dir, "new-york.xlsx"));

        await RunInZoneAsync("UTC", "ranking", "--campaign", "LS2021", "--format", "xlsx", "--out", utc);
        await RunInZoneAsync("America/New_York", "ranking", "--campaign", "LS2021", "--format", "xlsx", "--out", newYork);

        File.ReadAllBytes(newYork).Should().Equal(File.ReadAllBytes(utc));
    }

    [Fact]
    public async Task The_same_dossier_made_on_a_UTC_machine_and_on_a_New_York_one_is_the_same_set_of_files()
    {
        var cutOff = ThiDua.Formatting.VietnameseDates.Iso(DateTimeOffset.UtcNow.AddSeconds(-1)); // after the seed, and past
        var (utc, newYork) = (Path.Combine(dir, "utc"), Path.Combine(dir, "new-york"));

        await RunInZoneAsync("UTC", "report", "dossier", "--campaign", "BK2021-BAUCU", "--as-of", cutOff, "--out", utc);
        await RunInZoneAsync("America/New_York", "report", "dossier", "--campaign", "BK2021-BAUCU", "--as-of", cutOff, "--out", newYork);

        var files = Directory.GetFiles(utc, "*.docx", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(utc, f)).Order().ToList();
        files.Should().NotBeEmpty();
        Directory.GetFiles(newYork, "*.docx", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(newYork, f)).Order().Should().Equal(files);
        foreach (var file in files)
            File.ReadAllBytes(Path.Combine(newYork, file)).Should().Equal(File.ReadAllBytes(Path.Combine(utc, file)), file);
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
