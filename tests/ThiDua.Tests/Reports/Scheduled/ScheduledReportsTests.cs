using Quartz;
using ThiDua.Dashboards;
using ThiDua.Import.Parsing;
using ThiDua.Reports;
using ThiDua.Reports.Pdf;
using ThiDua.Reports.Scheduled;
using ThiDua.Scheduling;
using ThiDua.Scheduling.Reporting;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Reports.Scheduled;

public sealed class ScheduledReportsTests(ProductDatabase db) : IClassFixture<ProductDatabase>, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "thidua-sched-reports-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public async Task Two_instances_produce_each_scheduled_monthly_report_once()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var thisYear = DateTime.UtcNow.Year;
        await Import(runtime, ImportKind.Units, "code,name,kind,parent,cluster\nSR-1,Phòng Kế hoạch,collective,,K1\nSR-2,Phòng Tổ chức,collective,,K1\n");
        await Import(runtime, ImportKind.Campaigns, $"code,name,kind,start,end\nSR{thisYear},Phong trào năm {thisYear},annual,{thisYear - 1}-01-01,{thisYear + 1}-12-31\n");
        await Import(runtime, ImportKind.Indicators, $"campaign,code,name,uom,direction,aggregation,weight\nSR{thisYear},SR-I1,Hồ sơ xử lý đúng hạn,%,at_least,latest,1\n");
        await Import(runtime, ImportKind.Targets, $"campaign,indicator,unit,target\nSR{thisYear},SR-I1,SR-1,95\nSR{thisYear},SR-I1,SR-2,95\n");
        var reports = new ScheduledReports(new ReportService(runtime, ChromiumPdfPrinter.Default(), new DashboardCatalog(Path.Combine(SeedFiles.RepositoryRoot, "dashboards"))), runtime, _folder);
        var services = new JobServices(runtime, reports);
        var options = (string id) => new SchedulerOptions(id, TimeSpan.FromHours(1), TimeSpan.FromSeconds(1));
        await using var a = await ThiDuaScheduler.StartAsync(db.ConnectionString, services, options("report-a"));
        await using var b = await ThiDuaScheduler.StartAsync(db.ConnectionString, services, options("report-b"));

        // An extra one-off firing of the real monthly job, seen by both nodes.
        await a.Quartz.ScheduleJob(TriggerBuilder.Create().WithIdentity("monthly-now", "tests").ForJob(MonthlyReportsJob.Key)
            .StartAt(DateTimeOffset.UtcNow.AddSeconds(1)).Build());

        // Generous: Chromium prints while the rest of the suite loads both cores.
        await Eventually.WaitUntilAsync(async () => await db.ScalarAsync("select count(*) from job_runs where trigger_name = 'monthly-now' and status <> 'running'") > 0,
            TimeSpan.FromSeconds(240), "the monthly report job finished");
        await Task.Delay(1500); // a duplicate run by the other node would show up here

        (await db.ScalarAsync("select count(*) from job_runs where trigger_name = 'monthly-now'")).Should().Be(1);
        (await db.ScalarAsync("select count(*) from job_runs where trigger_name = 'monthly-now' and status = 'succeeded'")).Should().Be(1);
        var written = ReportFolder.List(_folder);
        written.Should().ContainSingle().Which.Manifest.Campaign.Should().Be($"SR{thisYear}");
        File.Exists(written[0].HtmlPath).Should().BeTrue();
    }

    private static async Task Import(Hosting.ThiDuaRuntime runtime, ImportKind kind, string csv)
    {
        var outcome = await ProductDatabase.ImportAsync(runtime, kind, csv, culture: NumberCulture.En);
        outcome.Errors.Should().BeEmpty();
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
