using System.Net;

namespace ThiDua.Tests.Web;

/// <summary>/jobs shows the latest failures and /jobs/{name} a job's run history, as every node recorded it in the database.</summary>
public sealed class JobHistoryPageTests(SeededWebApp web) : IClassFixture<SeededWebApp>
{
    [Fact]
    public async Task A_failure_stays_visible_and_a_jobs_history_lists_its_runs_newest_first()
    {
        await web.ExecuteAsync("""
            insert into job_runs (job, trigger_name, fire_id, scheduled_at, started_at, finished_at, node, status, attempt, message) values
            ('monthly-reports', 't', 'f1', '2026-11-01 00:00+00', '2026-11-01 00:00:01+00', '2026-11-01 00:00:04+00', 'node-a', 'failed', 1, 'Chromium không in được'),
            ('monthly-reports', 't', 'f2', '2026-11-01 00:00+00', '2026-11-01 00:00:31+00', '2026-11-01 00:00:35+00', 'node-b', 'succeeded', 2, null)
            """);

        var jobs = await web.Client.GetStringAsync("/jobs");
        var history = await web.Client.GetStringAsync("/jobs/monthly-reports");
        var unknown = await web.Client.GetAsync("/jobs/no-such-job");

        jobs.Should().Contain("Lần chạy lỗi gần đây").And.Contain("Chromium không in được").And.Contain("href=\"/jobs/monthly-reports\"");
        history.Should().Contain("01/11/2026 07:00:31").And.Contain("node-b").And.Contain("01/11/2026 07:00:01").And.Contain("node-a");
        history.IndexOf("node-b", StringComparison.Ordinal).Should().BeLessThan(history.IndexOf("node-a", StringComparison.Ordinal), "newest first");
        history.Should().Contain("3 giây", "the failed run took 3 seconds");
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_jobs_pages_say_that_their_times_and_the_schedule_are_Vietnam_time_whatever_the_servers_zone()
    {
        await web.ExecuteAsync("""
            insert into job_runs (job, trigger_name, fire_id, scheduled_at, started_at, finished_at, node, status, attempt, message) values
            ('summary-reports', 't', 'z1', '2026-12-01 00:00+00', '2026-12-01 00:00:01+00', '2026-12-01 00:00:02+00', 'node-a', 'succeeded', 1, null)
            """);

        var jobs = await web.Client.GetStringAsync("/jobs");
        var history = await web.Client.GetStringAsync("/jobs/summary-reports");

        history.Should().Contain("01/12/2026 07:00:01", "00:00 UTC is 07:00 in Vietnam");
        jobs.Should().Contain("giờ Việt Nam (UTC+07:00)", "a 07:00 read on a server set to UTC would be taken for the server's clock");
        history.Should().Contain("giờ Việt Nam (UTC+07:00)");
    }
}
