using ThiDua.Dashboards;
using ThiDua.Import.Parsing;
using ThiDua.Reports;
using ThiDua.Reports.Pdf;
using ThiDua.Reports.Scheduled;
using ThiDua.Scheduling;
using ThiDua.Scheduling.Reporting;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Reports.Scheduled;

/// <summary>
/// No lost report run: one whose start cannot be recorded in job_runs still writes its reports, and one that fired but
/// never succeeded is made up when a scheduler node starts.
/// </summary>
public sealed class UnrecordedReportRunTests(ProductDatabase db) : IClassFixture<ProductDatabase>, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "thidua-unrecorded-" + Guid.NewGuid().ToString("N")[..8]);
    private static readonly int ThisYear = DateTime.UtcNow.Year;

    [Fact]
    public async Task A_run_now_whose_job_runs_insert_fails_still_writes_the_monthly_report_and_records_the_run_at_its_end()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        await SeedCampaignAsync(runtime);
        // A database that refuses to record a start, as during a blip at 07:00 on the 1st.
        await db.ExecuteAsync("""
            create or replace function refuse_started_runs() returns trigger language plpgsql as $$
            begin if new.status = 'running' then raise exception 'job_runs refused by the test'; end if; return new; end $$;
            create trigger refuse_started_runs before insert on job_runs for each row execute function refuse_started_runs();
            """);
        try
        {
            await using var node = await ThiDuaScheduler.StartAsync(db.ConnectionString, Services(runtime), Options("unrecorded-a"));

            await node.RunNowAsync(MonthlyReportsJob.Key); // what "Chạy ngay" on /jobs calls

            await Eventually.WaitUntilAsync(() => Task.FromResult(ReportFolder.List(_folder).Count > 0), TimeSpan.FromSeconds(240), "the monthly report written");
            ReportFolder.List(_folder).Should().OnlyContain(r => r.Manifest.Campaign == $"SR{ThisYear}");
            const string RunNow = "job = 'monthly-reports' and trigger_name not like 'monthly-reports-makeup-%'";
            await Eventually.WaitUntilAsync(async () => await db.ScalarAsync($"select count(*) from job_runs where {RunNow}") > 0,
                TimeSpan.FromSeconds(30), "the run recorded at its end");
            (await db.ScalarAsync($"select count(*) from job_runs where {RunNow} and status = 'succeeded' and finished_at is not null")).Should().Be(1);
        }
        finally
        {
            await db.ExecuteAsync("drop trigger refuse_started_runs on job_runs");
        }
    }

    [Fact]
    public async Task A_monthly_run_that_fired_but_never_succeeded_is_made_up_when_a_node_starts_and_only_once()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        await SeedCampaignAsync(runtime);
        await using (await ThiDuaScheduler.StartAsync(db.ConnectionString, Services(runtime), Options("makeup-declare")))
        {
        }
        // The cron trigger fired a moment ago (Quartz moved its previous fire time) but no run of it succeeded: the node died.
        var due = DateTimeOffset.UtcNow.AddSeconds(-1);
        await db.ExecuteAsync($"update qrtz_triggers set prev_fire_time = {due.UtcTicks} where trigger_name = 'monthly-reports'");
        await db.ExecuteAsync($"delete from job_runs where job = 'monthly-reports'");

        await using (await ThiDuaScheduler.StartAsync(db.ConnectionString, Services(runtime), Options("makeup-b")))
        {
            await Eventually.WaitUntilAsync(async () => await db.ScalarAsync(
                    "select count(*) from job_runs where job = 'monthly-reports' and trigger_name like 'monthly-reports-makeup-%' and status = 'succeeded'") == 1,
                TimeSpan.FromSeconds(240), "the missed run made up");
        }
        ReportFolder.List(_folder).Should().ContainSingle();

        await using (await ThiDuaScheduler.StartAsync(db.ConnectionString, Services(runtime), Options("makeup-c")))
            await Task.Delay(TimeSpan.FromSeconds(3));
        (await db.ScalarAsync("select count(*) from job_runs where job = 'monthly-reports'")).Should().Be(1, "a run that succeeded is not made up again");
    }

    private JobServices Services(Hosting.ThiDuaRuntime runtime) => new(runtime, new ScheduledReports(
        new ReportService(runtime, ChromiumPdfPrinter.Default(), new DashboardCatalog(Path.Combine(SeedFiles.RepositoryRoot, "dashboards"))), runtime, _folder));

    private static SchedulerOptions Options(string id) => new(id, TimeSpan.FromHours(1), TimeSpan.FromSeconds(1));

    private static async Task SeedCampaignAsync(Hosting.ThiDuaRuntime runtime)
    {
        await Import(runtime, ImportKind.Units, "code,name,kind,parent,cluster\nSR-1,Phòng Kế hoạch,collective,,K1\n");
        await Import(runtime, ImportKind.Campaigns, $"code,name,kind,start,end\nSR{ThisYear},Phong trào năm {ThisYear},annual,{ThisYear - 1}-01-01,{ThisYear + 1}-12-31\n");
        await Import(runtime, ImportKind.Indicators, $"campaign,code,name,uom,direction,aggregation,weight\nSR{ThisYear},SR-I1,Hồ sơ xử lý đúng hạn,%,at_least,latest,1\n");
        await Import(runtime, ImportKind.Targets, $"campaign,indicator,unit,target\nSR{ThisYear},SR-I1,SR-1,95\n");
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
