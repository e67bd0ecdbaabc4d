using ThiDua.Tests.Import.Importing;
using static ThiDua.Tests.Import.Importing.ImportWorld;

namespace ThiDua.Tests.Cli;

/// <summary><c>thidua import measurements</c> with an implausible figure: exit 1 naming the warning, exit 0 with <c>--accept-warnings</c>.</summary>
public sealed class CliImportWarningsTests(ImportWorldDatabase db) : IClassFixture<ImportWorldDatabase>, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("thidua-cli-warnings-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task A_file_with_a_warning_exits_1_writes_nothing_and_is_imported_with_accept_warnings()
    {
        // D01's AL: January 10 is stored; a correction to 1.000 is a hundred times it.
        var file = Path.Combine(_dir, "sua.csv");
        await File.WriteAllTextAsync(file, MeasurementsHeader + "CD2025;D01;AL;2025-01;1.000;\n");
        var before = await DatabaseFingerprint.TakeAsync(db);

        var refused = await ThiDuaProcess.RunAsync("import", "measurements", file, "--database", db.ConnectionString);
        var dryRun = await ThiDuaProcess.RunAsync("import", "measurements", file, "--dry-run", "--accept-warnings", "--database", db.ConnectionString);

        refused.ExitCode.Should().Be(1, refused.ToString());
        refused.Stderr.Should().Contain("--accept-warnings").And.Contain("Dòng/line 2, cột/column 'value', giá trị/value '1000'")
            .And.Contain("Sửa giá trị đã lưu 10 thành 1.000: thay đổi hơn 10 lần.");
        dryRun.ExitCode.Should().Be(0, dryRun.ToString());
        dryRun.Stdout.Should().Contain("Dòng/line 2: CD2025/D01/AL/2025-01: 10 → 1000")
            .And.Contain("  sẽ nhập dù có các cảnh báo sau / would import over these warnings:\n", "each language reads whole, not 'would import over cảnh báo/warnings'");
        (await DatabaseFingerprint.TakeAsync(db)).Should().Be(before);

        var accepted = await ThiDuaProcess.RunAsync("import", "measurements", file, "--accept-warnings", "--database", db.ConnectionString);

        accepted.ExitCode.Should().Be(0, accepted.ToString());
        accepted.Stdout.Should().Contain("  đã nhập dù có các cảnh báo sau / imported over these warnings:\n");
        (await db.ScalarAsync("select count(*) from rm_measurements where unit = 'D01' and indicator = 'AL' and period = 2025 * 12 and value = 1000")).Should().Be(1);
    }
}
