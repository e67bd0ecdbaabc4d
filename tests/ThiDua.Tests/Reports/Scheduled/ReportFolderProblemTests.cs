using ThiDua.Reports.Scheduled;

namespace ThiDua.Tests.Reports.Scheduled;

/// <summary>
/// The scheduled report jobs, unable to write into the reports folder, fail with what, where (the folder, THIDUA_REPORTS)
/// and how to fix it in Vietnamese and English — the message /jobs shows — not the OS's English text.
/// </summary>
public sealed class ReportFolderProblemTests(SeededReportDatabase db) : IClassFixture<SeededReportDatabase>, IDisposable
{
    private static readonly DateTimeOffset Now = new(2023, 1, 15, 7, 0, 0, TimeSpan.FromHours(7));
    private readonly string _dir = Directory.CreateTempSubdirectory("thidua-report-folder-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task A_file_in_place_of_the_reports_folder_is_said_with_the_folder_and_the_fix()
    {
        var file = Path.Combine(_dir, "reports");
        File.WriteAllText(file, "kept");
        var jobs = new ScheduledReports(db.Service(new NoPdfPrinter()), db.Runtime, file);

        var run = () => jobs.GenerateDueSummariesAsync(Now, CancellationToken.None);

        var failure = (await run.Should().ThrowAsync<ReportFolderException>()).Which;
        failure.Message.Should().Contain($"Thư mục báo cáo {file} (THIDUA_REPORTS) không dùng được")
            .And.Contain("point THIDUA_REPORTS at a folder").And.Contain("Chạy ngay").And.NotContain("already exists");
        File.ReadAllText(file).Should().Be("kept");
    }

    [Fact]
    public async Task A_folder_that_cannot_be_written_is_said_in_both_languages()
    {
        // /sys refuses new folders even to root: a real "cannot write here".
        var forbidden = "/sys/thidua-reports-" + Guid.NewGuid().ToString("N")[..8];
        var jobs = new ScheduledReports(db.Service(new NoPdfPrinter()), db.Runtime, forbidden);

        var run = () => jobs.GenerateMonthlyAsync(new ThiDua.Periods.YearMonth(2022, 6), Now, CancellationToken.None);

        var failure = (await run.Should().ThrowAsync<ReportFolderException>()).Which;
        failure.Message.Should().Contain($"Không có quyền ghi thư mục báo cáo {forbidden} (THIDUA_REPORTS")
            .And.Contain($"/ cannot write to the reports folder {forbidden} (THIDUA_REPORTS").And.NotContain("Access to the path").And.NotContain("Read-only file system :");
    }

    [Fact]
    public void A_full_disk_is_said_as_disk_full_with_the_folder()
    {
        // As .NET says a full disk met while reserving a file's size (the report's HTML): ERROR_DISK_FULL.
        var full = new IOException("Failed to create '/srv/reports/BK2022-summary.html.tmp' with allocation size '75807' because the disk was full.", 112);

        ReportFolderException.From(full, "/srv/reports").Message.Should()
            .StartWith("Đĩa đầy / disk full: không ghi được báo cáo vào /srv/reports (THIDUA_REPORTS) — giải phóng chỗ trống")
            .And.Contain("/ could not write the reports to /srv/reports (THIDUA_REPORTS) — free some space").And.NotContain("allocation size");
    }
}
