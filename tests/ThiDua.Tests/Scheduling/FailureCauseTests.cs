using Quartz;
using ThiDua.Scheduling;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Scheduling;

/// <summary>
/// A job failing with an ordinary exception (a full disk while writing a report) is recorded with that exception's
/// message, which /jobs shows — not Quartz's wrapper "Job threw an unhandled exception", which told the admin nothing.
/// </summary>
public sealed class FailureCauseTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_run_failing_with_a_plain_exception_is_recorded_with_its_cause()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var logs = new CapturedLogs();
        await using var node = await ThiDuaScheduler.StartAsync(db.ConnectionString, new JobServices(runtime, null),
            new SchedulerOptions("node-t", TimeSpan.FromHours(1), TimeSpan.FromSeconds(1)), logs.Factory());
        await ThiDuaScheduler.DeclareAsync(node.Quartz, JobBuilder.Create<ThrowingJob>().WithIdentity(ThrowingJob.Key).StoreDurably().Build(),
            TriggerBuilder.Create().WithIdentity("throwing", "tests").StartNow().Build());

        await Eventually.WaitUntilAsync(async () => await db.ScalarAsync("select count(*) from job_runs where job = 'throwing' and status = 'failed'") >= 1,
            Deadline, "the throwing job's run is recorded as failed");

        await using var cmd = db.DataSource.CreateCommand("select message from job_runs where job = 'throwing' and status = 'failed'");
        var message = (string?)await cmd.ExecuteScalarAsync();
        message.Should().Be(ThrowingJob.Reason, "the page shows what went wrong, where and how to fix it");
        await Eventually.WaitUntilAsync(() => Task.FromResult(logs.Messages.Any(m => m.Contains("Job throwing failed on node-t", StringComparison.Ordinal)
                && m.Contains(ThrowingJob.Reason, StringComparison.Ordinal))),
            Deadline, "the log's failure line says the cause too");
    }

    [Fact]
    public async Task A_run_failing_because_the_database_went_away_says_so_in_both_languages_with_what_to_do()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        await using var node = await ThiDuaScheduler.StartAsync(db.ConnectionString, new JobServices(runtime, null),
            new SchedulerOptions("node-u", TimeSpan.FromHours(1), TimeSpan.FromSeconds(1)));
        await ThiDuaScheduler.DeclareAsync(node.Quartz, JobBuilder.Create<UnreachableDatabaseJob>().WithIdentity(UnreachableDatabaseJob.Key).StoreDurably().Build(),
            TriggerBuilder.Create().WithIdentity("unreachable", "tests").StartNow().Build());

        await Eventually.WaitUntilAsync(async () => await db.ScalarAsync("select count(*) from job_runs where job = 'unreachable' and status = 'failed'") >= 1,
            Deadline, "the run is recorded as failed");

        await using var cmd = db.DataSource.CreateCommand("select message from job_runs where job = 'unreachable' and status = 'failed'");
        var message = (string?)await cmd.ExecuteScalarAsync();
        message.Should().StartWith("Không kết nối được cơ sở dữ liệu khi chạy — khi nó chạy lại, bấm \"Chạy ngay\"")
            .And.Contain("/ the database could not be reached during the run — once it is back, press \"Chạy ngay\"")
            .And.EndWith($"({UnreachableDatabaseJob.Said})");
    }
}
