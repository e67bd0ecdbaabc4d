namespace ThiDua.Tests.Cli;

/// <summary>
/// <c>thidua demo</c> whose reports folder cannot be written says which folder, that the data was imported, and what to
/// do, in Vietnamese and English — it printed the OS's English text ("Lỗi / error: Failed to create … because the disk
/// was full").
/// </summary>
public sealed class DemoReportsFolderTests(SeededDatabase db) : IClassFixture<SeededDatabase>, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("thidua-demo-reports-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task A_reports_folder_under_a_file_is_named_with_THIDUA_REPORTS_and_the_way_on()
    {
        var file = Path.Combine(_dir, "afile");
        File.WriteAllText(file, "kept");
        var reports = Path.Combine(file, "reports");

        var result = await ThiDuaProcess.RunAsync(["demo", "--no-serve", "--database", db.ConnectionString],
            new Dictionary<string, string?> { ["THIDUA_REPORTS"] = reports });

        result.ExitCode.Should().Be(1, result.ToString());
        result.Stderr.Should().Contain($"Thư mục báo cáo {reports} (THIDUA_REPORTS) không dùng được")
            .And.Contain("rồi chạy lại `thidua demo` (số liệu đã được nhập")
            .And.Contain("then run `thidua demo` again (the data was imported").And.NotContain("Lỗi / error: Could not find");
        File.ReadAllText(file).Should().Be("kept");
    }
}
