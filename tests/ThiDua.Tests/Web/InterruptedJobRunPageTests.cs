namespace ThiDua.Tests.Web;

/// <summary>
/// A run cut short by a server kill stays "running" in job_runs; the pages show it "Bị ngắt" once it is known dead
/// (Quartz no longer holds its firing, or its node stopped checking in) — and a run still going stays "Đang chạy".
/// </summary>
public sealed class InterruptedJobRunPageTests(SeededWebApp web) : IClassFixture<SeededWebApp>
{
    [Fact]
    public async Task A_run_of_a_killed_server_shows_interrupted_and_a_live_run_still_running()
    {
        var now = DateTimeOffset.UtcNow;
        // The killed server's run: its firing was recovered by the cluster (no qrtz_fired_triggers row), its node gone;
        // a later run of the same job succeeded on the restarted server. A run on a live node is still going.
        await web.ExecuteAsync($"""
            insert into job_runs (job, trigger_name, fire_id, scheduled_at, started_at, finished_at, node, status, attempt, message) values
            ('summary-reports', 'MT_x', 'killed-fire', null, '{now.AddMinutes(-10):O}', null, 'killed-node-1234', 'running', 1, null),
            ('summary-reports', 'MT_y', 'later-fire', null, '{now.AddMinutes(-5):O}', '{now.AddMinutes(-4):O}', 'restarted-node-5678', 'succeeded', 1, null),
            ('monthly-reports', 'MT_z', 'live-fire', null, '{now.AddSeconds(-20):O}', null, 'live-node-42', 'running', 1, null);
            insert into qrtz_scheduler_state (sched_name, instance_name, last_checkin_time, checkin_interval)
            values ('ThiDua', 'live-node-42', {now.UtcTicks}, 5000);
            insert into qrtz_fired_triggers (sched_name, entry_id, trigger_name, trigger_group, instance_name, fired_time, sched_time, priority, state, job_name, job_group, is_nonconcurrent, requests_recovery)
            values ('ThiDua', 'live-fire', 'MT_z', 'DEFAULT', 'live-node-42', {now.UtcTicks}, {now.UtcTicks}, 5, 'EXECUTING', 'monthly-reports', 'reports', true, false);
            """);

        var killed = await web.Client.GetStringAsync("/jobs/summary-reports");
        var live = await web.Client.GetStringAsync("/jobs/monthly-reports");
        var jobs = await web.Client.GetStringAsync("/jobs");

        killed.Should().Contain("Bị ngắt").And.Contain("killed-node-1234").And.NotContain("Đang chạy")
            .And.Contain("Đã có lần chạy sau thành công");
        live.Should().Contain("Đang chạy").And.NotContain("Bị ngắt");
        jobs.Should().Contain("Bị ngắt", "the interrupted run is listed with the failures, not lost among the successes");
    }
}
