using ThiDua.Tests.Import.Importing;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Cli;

/// <summary><c>thidua import</c> end to end: exit 0 when written, 1 with the line-level errors on stderr when rejected.</summary>
public sealed class CliImportTests(ProductDatabase db) : IClassFixture<ProductDatabase>, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("thidua-cli-import-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Importing_units_exits_0_and_a_bad_file_exits_1_with_bilingual_line_errors_and_writes_nothing()
    {
        var units = Path.Combine(SeedFiles.Directory, "units.csv");
        var unitRows = File.ReadAllLines(units).Skip(1).Count(l => l.Trim().Length > 0);

        var ok = await ThiDuaProcess.RunAsync("import", "units", units, "--database", db.ConnectionString);

        ok.ExitCode.Should().Be(0, ok.ToString());
        ok.Stdout.Should().Contain($"created: {unitRows}");
        (await db.ScalarAsync("select count(*) from rm_units")).Should().Be(unitRows);

        var before = await DatabaseFingerprint.TakeAsync(db);
        var bad = Write("don_vi.csv", "code;name;kind;parent;cluster\nX1;Tên;collective;;\nX2;Tên;nhóm;;\nX3;\"=HYPERLINK(\"\"http://x\"\")\";collective;;\n");

        var rejected = await ThiDuaProcess.RunAsync("import", "units", bad, "--database", db.ConnectionString);

        rejected.ExitCode.Should().Be(1, rejected.ToString());
        rejected.Stderr.Should().Contain("rejected, nothing written (2 errors):")
            .And.Contain("Dòng/line 3, cột/column 'kind', giá trị/value 'nhóm'")
            .And.Contain("Accepted values: collective").And.Contain("Giá trị được chấp nhận")
            .And.Contain("Dòng/line 4, cột/column 'name'").And.Contain("must not start with '='");
        (await DatabaseFingerprint.TakeAsync(db)).Should().Be(before);
    }

    [Fact]
    public async Task The_database_can_be_given_by_THIDUA_DATABASE_and_a_dry_run_writes_nothing()
    {
        var file = Write("cum.csv", "code;name;kind;parent;cluster\nENV1;Đơn vị qua biến môi trường;collective;;\n");
        var environment = new Dictionary<string, string?> { ["THIDUA_DATABASE"] = db.ConnectionString };
        var before = await DatabaseFingerprint.TakeAsync(db);

        var dry = await ThiDuaProcess.RunAsync(["import", "units", file, "--dry-run"], environment);

        dry.ExitCode.Should().Be(0, dry.ToString());
        dry.Stdout.Should().Contain("dry run").And.Contain("created: 1");
        (await DatabaseFingerprint.TakeAsync(db)).Should().Be(before);

        var real = await ThiDuaProcess.RunAsync(["import", "units", file], environment);

        real.ExitCode.Should().Be(0, real.ToString());
        (await db.ScalarAsync("select count(*) from rm_units where code = 'ENV1'")).Should().Be(1);
    }

    [Fact]
    public async Task A_number_grouped_the_english_way_points_to_the_culture_option()
    {
        var file = Write("chi_tieu.csv", "campaign;code;name;uom;direction;aggregation;weight\nX;I1;Tỷ lệ;%;at_least;latest;1.5\n");

        var rejected = await ThiDuaProcess.RunAsync("import", "indicators", file, "--dry-run", "--database", db.ConnectionString);

        rejected.ExitCode.Should().Be(1, rejected.ToString());
        rejected.Stderr.Should().Contain("Nếu tệp dùng số kiểu tiếng Anh, chọn --culture en.").And.Contain("If the file uses English numbers, use --culture en.");
    }

    [Fact]
    public async Task A_missing_file_exits_1()
    {
        var result = await ThiDuaProcess.RunAsync("import", "units", Path.Combine(_dir, "khong-co.csv"), "--database", db.ConnectionString);

        result.ExitCode.Should().Be(1);
        result.Stderr.Should().Contain("file not found").And.Contain("Check the path").And.Contain("Kiểm tra đường dẫn");
    }

    [Fact]
    public async Task A_folder_given_as_the_file_is_called_a_folder_and_exits_1()
    {
        var result = await ThiDuaProcess.RunAsync("import", "measurements", _dir, "--database", db.ConnectionString);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Stderr.Should().Contain("is a folder, not a file").And.Contain("là một thư mục, không phải tệp").And.NotContain("not found");
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }
}
