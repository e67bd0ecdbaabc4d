using System.Runtime.ExceptionServices;
using Quartz;
using ThiDua.Scheduling;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Scheduling;

/// <summary>
/// A soak of a running server counted a KeyNotFoundException every few seconds: the run history read a first run's
/// missing "attempt" with Quartz's TryGetString, which finds a key missing by throwing and catching. A run is recorded
/// without any exception thrown on the way.
/// </summary>
public sealed class JobDataLookupTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    [Fact]
    public async Task A_first_run_is_recorded_without_throwing_for_its_missing_retry_data()
    {
        var thrown = 0;
        void Count(object? sender, FirstChanceExceptionEventArgs e)
        {
            if (e.Exception is KeyNotFoundException && Environment.StackTrace.Contains(nameof(JobHistoryListener), StringComparison.Ordinal))
                Interlocked.Increment(ref thrown);
        }
        AppDomain.CurrentDomain.FirstChanceException += Count;
        try
        {
            await using var runtime = await db.OpenRuntimeAsync();
            await using var node = await ThiDuaScheduler.StartAsync(db.ConnectionString, new JobServices(runtime, null),
                new SchedulerOptions("node-k", TimeSpan.FromHours(1), TimeSpan.FromSeconds(1)));
            await ThiDuaScheduler.DeclareAsync(node.Quartz, JobBuilder.Create<ProbeJob>().WithIdentity(ProbeJob.Key).StoreDurably().Build(),
                TriggerBuilder.Create().WithIdentity("probe-lookup", "tests").ForJob(ProbeJob.Key).StartNow().Build());

            await Eventually.WaitUntilAsync(async () => await db.ScalarAsync("select count(*) from job_runs where job = 'probe' and status = 'succeeded'") >= 1,
                TimeSpan.FromSeconds(90), "the probe's run is recorded");
        }
        finally
        {
            AppDomain.CurrentDomain.FirstChanceException -= Count;
        }
        thrown.Should().Be(0, "a missing retry key is looked up, not thrown for");
    }
}
