using System.Text.Json;
using ThiDua.Tests.Cli;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Reports;

/// <summary>
/// Statistics arrive after their month ends: `thidua report` without --as-of reports the numbers as they stand
/// when it runs, not as of the scheduled job's cut-off (before which these seeds, imported just now, did not exist).
/// </summary>
public sealed class ReportDefaultCutOffTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    [Fact]
    public async Task Reports_asked_for_after_a_late_import_are_cut_off_now_and_include_it()
    {
        await using (var runtime = await db.OpenRuntimeAsync()) await ProductDatabase.ImportSeedAsync(runtime);
        var asked = DateTimeOffset.UtcNow.AddSeconds(-1);
        var outDir = ReportTools.TempDir();

        var monthly = await ThiDuaProcess.RunAsync("report", "monthly", "--campaign", "KG2021", "--month", "2021-08", "--out", outDir,
            "--database", db.ConnectionString);
        var summary = await ThiDuaProcess.RunAsync("report", "summary", "--campaign", "KG2021", "--out", outDir, "--database", db.ConnectionString);

        monthly.ExitCode.Should().Be(0, monthly.ToString());
        summary.ExitCode.Should().Be(0, summary.ToString());
        foreach (var name in new[] { "KG2021-2021-08-monthly.json", "KG2021-summary.json" })
        {
            using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(outDir, name)));
            var cutOff = DateTimeOffset.Parse(manifest.RootElement.GetProperty("cut_off").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            cutOff.Should().BeOnOrAfter(asked, name).And.BeBefore(DateTimeOffset.UtcNow.AddSeconds(1));
            cutOff.Offset.Should().Be(TimeSpan.FromHours(7), "reports speak Vietnam time");
        }
    }
}
