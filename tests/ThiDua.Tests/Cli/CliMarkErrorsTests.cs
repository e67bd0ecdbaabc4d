using ThiDua.Tests.Import.Importing;
using ThiDua.Tests.Import.Marking;
using static ThiDua.Tests.Import.Importing.ImportWorld;

namespace ThiDua.Tests.Cli;

/// <summary>
/// <c>thidua import … --mark-errors OUT.xlsx</c>: a refused file is written back with its wrong cells in red (the copy
/// the /imports page offers); an accepted one writes nothing; the copy may not overwrite the file imported.
/// </summary>
public sealed class CliMarkErrorsTests(ImportWorldDatabase db) : IClassFixture<ImportWorldDatabase>, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("thidua-cli-mark-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task A_refused_file_is_written_back_marked_and_an_accepted_one_writes_nothing()
    {
        var file = Path.Combine(_dir, "thang-1.csv");
        await File.WriteAllTextAsync(file, MeasurementsHeader + "CD2025;D01;AL;2025-01;10;\nCD2025;KHONG-CO;AL;2025-01;10;\nCD2025;D01;AL;2025-02;abc;\n");
        var marked = Path.Combine(_dir, "ra", "thang-1-danh-dau-loi.xlsx");
        var before = await DatabaseFingerprint.TakeAsync(db);

        var refused = await ThiDuaProcess.RunAsync("import", "measurements", file, "--mark-errors", marked, "--database", db.ConnectionString);

        refused.ExitCode.Should().Be(1, refused.ToString());
        refused.Stderr.Should().Contain($"Bản sao tô đỏ các ô sai: {marked}").And.Contain($"A copy with the wrong cells in red: {marked}");
        var copy = MarkedWorkbook.Open(await File.ReadAllBytesAsync(marked));
        copy.FilledCells.Should().Equal("B3", "E4");
        (await DatabaseFingerprint.TakeAsync(db)).Should().Be(before);
        Directory.GetFiles(Path.GetDirectoryName(marked)!).Should().ContainSingle("the copy is written beside itself first, then moved in place");

        var good = Path.Combine(_dir, "dung.csv");
        await File.WriteAllTextAsync(good, MeasurementsHeader + "CD2025;D01;AL;2025-01;10;\n");
        var accepted = await ThiDuaProcess.RunAsync("import", "measurements", good, "--dry-run", "--mark-errors", Path.Combine(_dir, "khong.xlsx"), "--database", db.ConnectionString);
        accepted.ExitCode.Should().Be(0, accepted.ToString());
        File.Exists(Path.Combine(_dir, "khong.xlsx")).Should().BeFalse();
    }

    [Fact]
    public async Task A_file_held_back_for_a_warning_is_written_back_with_the_figure_in_yellow_and_nothing_once_the_warning_is_accepted()
    {
        // D01's AL: January 10 is stored; a correction to 1.000 is a hundred times it.
        var file = Path.Combine(_dir, "sua.csv");
        await File.WriteAllTextAsync(file, MeasurementsHeader + "CD2025;D01;AL;2025-02;10;\nCD2025;D01;AL;2025-01;1.000;\n");
        var marked = Path.Combine(_dir, "sua-danh-dau-loi.xlsx");

        var held = await ThiDuaProcess.RunAsync("import", "measurements", file, "--dry-run", "--mark-errors", marked, "--database", db.ConnectionString);

        held.ExitCode.Should().Be(1, held.ToString());
        held.Stderr.Should().Contain($"Bản sao tô vàng các số liệu bất thường: {marked}").And.Contain("--accept-warnings");
        var copy = MarkedWorkbook.Open(await File.ReadAllBytesAsync(marked));
        copy.SheetNames.Should().Equal("Số liệu thực hiện", "Cảnh báo");
        copy.WarnedCells.Should().Equal("E3");
        copy.WarningRows.Skip(1).Should().OnlyContain(r => r[0] == "E3" && r[4] == "10");

        var again = Path.Combine(_dir, "lan-2.xlsx");
        var accepted = await ThiDuaProcess.RunAsync("import", "measurements", file, "--dry-run", "--accept-warnings", "--mark-errors", again, "--database", db.ConnectionString);
        accepted.ExitCode.Should().Be(0, accepted.ToString());
        File.Exists(again).Should().BeFalse();
    }

    [Fact]
    public async Task The_copy_may_not_overwrite_the_file_imported()
    {
        var file = Path.Combine(_dir, "thang-1.csv");
        await File.WriteAllTextAsync(file, MeasurementsHeader + "CD2025;D01;AL;2025-02;abc;\n");

        var run = await ThiDuaProcess.RunAsync("import", "measurements", file, "--mark-errors", file, "--database", db.ConnectionString);

        run.ExitCode.Should().Be(2, run.ToString());
        run.Stderr.Should().Contain("--mark-errors phải là một tệp khác với tệp nhập thang-1.csv, ví dụ --mark-errors thang-1-danh-dau-loi.xlsx")
            .And.Contain("--mark-errors must be another file than the one imported");
        (await File.ReadAllTextAsync(file)).Should().EndWith("abc;\n");
    }
}
