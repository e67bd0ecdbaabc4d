using ThiDua.Cli.Common;

namespace ThiDua.Tests.Cli;

/// <summary>
/// File-system errors while writing <c>--out</c> are said in ThiDua's words, Vietnamese then English (what, where, how to
/// fix), not the OS's English text; exit code 1, and no temporary file is left behind.
/// </summary>
public sealed class CliOutputProblemTests(SeededDatabase db) : IClassFixture<SeededDatabase>, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("thidua-cli-out-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Report_out_naming_an_existing_file_says_out_must_be_a_folder()
    {
        var file = Path.Combine(_dir, "afile");
        File.WriteAllText(file, "kept");

        var result = await RunAsync("report", "summary", "--campaign", "BK2022", "--out", file);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Stderr.Should().Contain("--out phải là thư mục / --out must be a folder").And.Contain(file)
            .And.NotContain("already exists").And.NotContain("Lỗi / error");
        File.ReadAllText(file).Should().Be("kept");
        Directory.GetFiles(_dir).Should().Equal(file);
    }

    [Fact]
    public async Task Ranking_xlsx_out_naming_an_existing_folder_says_it_must_be_a_file_name_and_leaves_no_tmp_beside_it()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir, "ket-qua")).FullName;

        var result = await RunAsync("ranking", "--campaign", "BK2022", "--format", "xlsx", "--out", folder);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Stderr.Should().Contain("--out phải là tên tệp .xlsx / --out must be a file name").And.Contain(folder)
            .And.NotContain("Is a directory");
        Directory.GetFileSystemEntries(_dir).Should().Equal(folder);
        Directory.GetFileSystemEntries(folder).Should().BeEmpty();
    }

    [Fact]
    public async Task Report_out_in_a_folder_that_cannot_be_written_says_so_in_both_languages()
    {
        // /sys refuses new files even to root (read-only, or sysfs's own refusal): a real "cannot write here".
        var forbidden = "/sys/thidua-report-" + Guid.NewGuid().ToString("N")[..8];

        var result = await RunAsync("report", "summary", "--campaign", "BK2022", "--out", forbidden);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Stderr.Should().Contain($"Không có quyền ghi thư mục {forbidden} / cannot write to {forbidden}")
            .And.NotContain("Read-only file system :").And.NotContain("Access to the path");
    }

    [Fact]
    public void A_full_disk_is_said_as_disk_full_with_the_path_and_the_fix()
    {
        // A real ENOSPC from the kernel: /dev/full refuses every write with "No space left on device".
        var full = Record.Exception(() =>
        {
            using var stream = new FileStream("/dev/full", FileMode.Open, FileAccess.Write);
            stream.Write(new byte[4096]);
            stream.Flush();
        });
        full.Should().BeAssignableTo<IOException>();

        var message = OutputProblem.Describe(full!, "/srv/bao-cao", OutputKind.Folder);

        message.Should().StartWith("Đĩa đầy / disk full: không ghi được /srv/bao-cao — giải phóng chỗ trống rồi chạy lại")
            .And.Contain("free some space and run again").And.NotContain("No space left on device");
    }

    [Fact]
    public void A_full_disk_met_while_reserving_the_file_is_said_as_disk_full_too()
    {
        // What .NET throws when File.WriteAllText(Async) reserves the file's size on a full disk — the report's HTML is
        // written so, first of its files: Windows' ERROR_DISK_FULL (112) as HResult, not the errno 28, on Linux too.
        var full = new IOException("Failed to create '/srv/bao-cao/BK2022-summary.html.tmp' with allocation size '75807' because the disk was full.", 112);

        var message = OutputProblem.Describe(full, "/srv/bao-cao", OutputKind.Folder);

        message.Should().StartWith("Đĩa đầy / disk full: không ghi được /srv/bao-cao — giải phóng chỗ trống rồi chạy lại")
            .And.NotContain("allocation size");
    }

    [Fact]
    public async Task A_csv_to_a_full_disk_says_the_redirected_file_is_incomplete()
    {
        // The shell opens the file (here /dev/full: every write is ENOSPC); ThiDua can only say what happened to it.
        var start = new System.Diagnostics.ProcessStartInfo("sh") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in (string[])["-c", "exec \"$0\" \"$@\" > /dev/full", ThiDuaProcess.DotnetHost, ThiDuaProcess.Dll,
                     "ranking", "--campaign", "BK2022", "--format", "csv", "--database", db.ConnectionString])
            start.ArgumentList.Add(arg);
        using var process = System.Diagnostics.Process.Start(start)!;
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        process.ExitCode.Should().Be(1, stderr);
        stderr.Should().Contain("Đĩa đầy / disk full: không ghi hết được kết quả ra đầu ra chuẩn").And.Contain("that file is incomplete: delete it")
            .And.NotContain("Lỗi / error: No space left on device");
    }

    private Task<CliResult> RunAsync(params string[] args) => ThiDuaProcess.RunAsync([.. args, "--database", db.ConnectionString]);
}
