using Npgsql;
using Quartz;
using ThiDua.Hosting;
using ThiDua.Scheduling;
using ThiDua.Tests.Infrastructure;
using ThiDua.Tests.Reliability;

namespace ThiDua.Tests.Scheduling;

/// <summary>
/// A job that ends while PostgreSQL is restarting: its run is recorded (and a failed one's retry scheduled) once the
/// database is back, as Quartz marks the firing complete then — not left "running" on /jobs, its retry not lost.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class RunEndingInOutageTests : IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private readonly PrivatePostgres _postgres = new();

    public void Dispose() => _postgres.Dispose();

    [Fact]
    public async Task Runs_that_end_while_the_database_is_away_are_recorded_and_retried_once_it_is_back()
    {
        var connectionString = await _postgres.CreateDatabaseAsync("run-outage");
        await using var runtime = await ThiDuaRuntime.OpenAsync(connectionString);
        await using var node = await ThiDuaScheduler.StartAsync(connectionString, new JobServices(runtime, null),
            new SchedulerOptions("outage-run-node", TimeSpan.FromHours(1), TimeSpan.FromSeconds(1)));
        await node.Quartz.AddJob(JobBuilder.Create<GatedJob>().WithIdentity(GatedJob.Key).StoreDurably().Build(), replace: true);
        foreach (var (name, fail) in new[] { ("gated-ok", "false"), ("gated-fail", "true") })
            await node.Quartz.ScheduleJob(TriggerBuilder.Create().WithIdentity(name, "tests").ForJob(GatedJob.Key)
                .UsingJobData("fail", fail).StartNow().Build());
        var ok = GatedJob.For("gated-ok");
        var failing = GatedJob.For("gated-fail");
        (await ok.Started.WaitAsync(Wait)).Should().BeTrue("the first run started");
        (await failing.Started.WaitAsync(Wait)).Should().BeTrue("the second run started");

        _postgres.Stop();
        ok.MayEnd.Release();
        failing.MayEnd.Release();
        (await ok.Ended.WaitAsync(Wait)).Should().BeTrue();
        (await failing.Ended.WaitAsync(Wait)).Should().BeTrue();
        await Task.Delay(TimeSpan.FromSeconds(2)); // both ends tried to reach the stopped database
        _postgres.Start();

        await using var db = NpgsqlDataSource.Create(connectionString);
        await Eventually.WaitUntilAsync(async () => await CountAsync(db, "status = 'succeeded' and trigger_name = 'gated-ok' and finished_at is not null") == 1
            && await CountAsync(db, "status = 'failed' and trigger_name = 'gated-fail'") == 1, Wait, "both runs recorded to their end");
        (await CountAsync(db, "true")).Should().Be(2, "one row per run, none left running");
        await Eventually.WaitUntilAsync(async () => (await node.Quartz.GetTriggersOfJob(GatedJob.Key)).Any(t => t.Key.Group == "retries"),
            Wait, "the failed run's retry is scheduled");
    }

    private static async Task<long> CountAsync(NpgsqlDataSource db, string where)
    {
        try
        {
            await using var cmd = db.CreateCommand($"select count(*) from job_runs where job = 'gated' and {where}");
            return (long)(await cmd.ExecuteScalarAsync())!;
        }
        catch (NpgsqlException)
        {
            return -1; // asked before the database answers again
        }
    }
}
