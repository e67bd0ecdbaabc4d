using Quartz;
using ThiDua.Dashboards;
using ThiDua.Import.Parsing;
using ThiDua.Reports;
using ThiDua.Reports.Pdf;
using ThiDua.Reports.Scheduled;
using ThiDua.Scheduling;
using ThiDua.Scheduling.Reporting;
using ThiDua.Tests.Infrastructure;
using ThiDua.Web.Reports;

namespace ThiDua.Tests.Reports.Scheduled;

/// <summary>
/// A report run whose PDF step failed (Chromium timing out) is not a success: the run is recorded partly failed with
/// the printer's reason, the HTML is written, and /reports says why the PDF is missing.
/// </summary>
public sealed class PdfMissingReportRunTests(ProductDatabase db) : IClassFixture<ProductDatabase>, IDisposable
{
    private const string Timeout = "Chromium không in xong trong 120 giây / Chromium did not finish printing within 120 s.";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "thidua-pdf-missing-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public async Task A_monthly_run_whose_pdf_timed_out_is_recorded_done_without_pdf_and_reports_says_why()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var year = DateTime.UtcNow.Year;
        await Import(runtime, ImportKind.Units, "code,name,kind,parent,cluster\nPM-1,Phòng Kế hoạch,collective,,K1\n");
        await Import(runtime, ImportKind.Campaigns, $"code,name,kind,start,end\nPM{year},Phong trào năm {year},annual,{year - 1}-01-01,{year + 1}-12-31\n");
        await Import(runtime, ImportKind.Indicators, $"campaign,code,name,uom,direction,aggregation,weight\nPM{year},PM-I1,Hồ sơ xử lý đúng hạn,%,at_least,latest,1\n");
        await Import(runtime, ImportKind.Targets, $"campaign,indicator,unit,target\nPM{year},PM-I1,PM-1,95\n");
        var reports = new ScheduledReports(new ReportService(runtime, new TimingOutPrinter(), new DashboardCatalog(Path.Combine(SeedFiles.RepositoryRoot, "dashboards"))), runtime, _folder);
        await using var node = await ThiDuaScheduler.StartAsync(db.ConnectionString, new JobServices(runtime, reports),
            new SchedulerOptions("pdf-missing", TimeSpan.FromHours(1), TimeSpan.FromSeconds(1)));

        await node.Quartz.ScheduleJob(TriggerBuilder.Create().WithIdentity("monthly-pdf-missing", "tests").ForJob(MonthlyReportsJob.Key).StartNow().Build());
        await Eventually.WaitUntilAsync(async () => await db.ScalarAsync("select count(*) from job_runs where trigger_name = 'monthly-pdf-missing' and status <> 'running'") > 0,
            TimeSpan.FromSeconds(120), "the monthly report job finished");

        var run = (await JobRuns.OfJobAsync(runtime.DataSource, "monthly-reports", 10)).Single();
        run.Status.Should().Be(JobRunStatus.PartlyFailed, "a report without its PDF is not a plain success");
        run.Message.Should().Contain("thiếu PDF").And.Contain("Chromium không in xong trong 120 giây");
        ThiDua.Web.Jobs.JobRunsTable.Render([run], withJob: false).Should().Contain("Xong, thiếu PDF").And.NotContain("Thành công");

        var written = ReportFolder.List(_folder).Should().ContainSingle().Subject;
        File.Exists(written.HtmlPath).Should().BeTrue("the HTML is kept");
        var listed = await new FolderReportsView(_folder).ReportsAsync(CancellationToken.None);
        ReportsPages.Table(listed).Should().Contain("Không có PDF: Chromium không in xong trong 120 giây");
    }

    private static async Task Import(Hosting.ThiDuaRuntime runtime, ImportKind kind, string csv)
    {
        var outcome = await ProductDatabase.ImportAsync(runtime, kind, csv, culture: NumberCulture.En);
        outcome.Errors.Should().BeEmpty();
    }

    private sealed class TimingOutPrinter : IPdfPrinter
    {
        public Task PrintAsync(string htmlPath, string pdfPath, CancellationToken ct = default) => throw new PdfPrintException(Timeout);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
