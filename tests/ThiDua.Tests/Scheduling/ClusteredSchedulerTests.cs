using Quartz;
using ThiDua.Hosting;
using ThiDua.Scheduling;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Scheduling;

public sealed class ClusteredSchedulerTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Two_nodes_on_one_database_run_each_scheduled_firing_exactly_once()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var services = new JobServices(runtime, null);
        var options = (string id) => new SchedulerOptions(id, TimeSpan.FromHours(1), TimeSpan.FromSeconds(1));
        await using var a = await ThiDuaScheduler.StartAsync(db.ConnectionString, services, options("node-a"));
        await using var b = await ThiDuaScheduler.StartAsync(db.ConnectionString, services, options("node-b"));
        var start = DateTimeOffset.UtcNow.AddSeconds(1);
        await ThiDuaScheduler.DeclareAsync(a.Quartz, JobBuilder.Create<ProbeJob>().WithIdentity(ProbeJob.Key).StoreDurably().Build(),
            TriggerBuilder.Create().WithIdentity("probe", "tests").StartAt(start)
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMilliseconds(400)).WithRepeatCount(9)).Build());

        await Eventually.WaitUntilAsync(async () => await db.ScalarAsync("select count(*) from job_runs where job = 'probe' and status = 'succeeded'") >= 10,
            Deadline, "all 10 probe firings succeeded");
        await Task.Delay(1500); // a duplicate firing would show up here

        (await db.ScalarAsync("select count(*) from qrtz_scheduler_state where instance_name in ('node-a', 'node-b')")).Should().Be(2, "two real nodes");
        (await db.ScalarAsync("select count(*) from job_runs where job = 'probe'")).Should().Be(10);
        (await db.ScalarAsync("select count(distinct scheduled_at) from job_runs where job = 'probe'")).Should().Be(10);
    }

    [Fact]
    public async Task A_failed_run_is_recorded_and_retried_with_backoff()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        await using var node = await ThiDuaScheduler.StartAsync(db.ConnectionString, new JobServices(runtime, null),
            new SchedulerOptions("node-f", TimeSpan.FromHours(1), TimeSpan.FromSeconds(1)));
        await ThiDuaScheduler.DeclareAsync(node.Quartz, JobBuilder.Create<FailingJob>().WithIdentity(FailingJob.Key).StoreDurably().Build(),
            TriggerBuilder.Create().WithIdentity("failing", "tests").StartNow().Build());

        await Eventually.WaitUntilAsync(async () => await db.ScalarAsync("select count(*) from job_runs where job = 'failing' and status = 'failed'") >= 1,
            Deadline, "the failing job's run is recorded as failed");
        await Eventually.WaitUntilAsync(async () => (await node.Quartz.GetTriggersOfJob(FailingJob.Key)).Any(t => t.Key.Group == "retries"),
            Deadline, "a retry trigger is scheduled");

        var retry = (await node.Quartz.GetTriggersOfJob(FailingJob.Key)).Single(t => t.Key.Group == "retries");
        retry.JobDataMap.GetString("attempt").Should().Be("2");
        retry.StartTimeUtc.Should().BeAfter(DateTimeOffset.UtcNow.AddSeconds(20), "the first retry waits 30 s");
    }

    [Fact]
    public async Task The_catch_up_job_keeps_the_analytics_fresh_after_an_import()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        await ProductDatabase.ImportSeedAsync(runtime);
        // Not disposed: Quartz keeps the last factory it was given for the whole process (its log provider is global),
        // and a later scheduler in this test run would create its loggers from a disposed one.
        var logs = new CapturedLogs();
        var logging = logs.Factory();
        await using var node = await ThiDuaScheduler.StartAsync(db.ConnectionString, new JobServices(runtime, null),
            new SchedulerOptions("node-c", TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(1)), logging);

        await Eventually.WaitUntilAsync(async () => await db.ScalarAsync(
            "select count(*) from es_checkpoints where projection = 'analytics' and position = (select max(seq) from es_events)") == 1,
            Deadline, "the catch-up job brought the analytics projection to the last event");

        var stored = await db.ScalarAsync("select count(*) from analytics_results where campaign = 'BK2022' and kind = 'ranking'");
        stored.Should().Be(12, "BK2022 has data in each of its 12 months");
        var applied = await db.ScalarAsync("select count(*) from es_events"); // not max(seq): a rolled-back append leaves a gap
        // The run's line is written by the job listener after the job (and so its checkpoint) finished: wait for it.
        await Eventually.WaitUntilAsync(() => Task.FromResult(logs.Messages.Any(m => m.Contains(
                $"Job catch-up-projections on node-c: {applied} events applied to the projections", StringComparison.Ordinal))),
            Deadline, "an operator reads in the log that the projections caught up");
    }
}
