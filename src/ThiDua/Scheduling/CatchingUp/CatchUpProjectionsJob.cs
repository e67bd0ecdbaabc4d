using Quartz;

namespace ThiDua.Scheduling.CatchingUp;

/// <summary>Applies new events to the async projections (analytics): rankings are fresh seconds after an import.</summary>
[DisallowConcurrentExecution]
public sealed class CatchUpProjectionsJob(JobServices services) : IJob
{
    public static readonly JobKey Key = new("catch-up-projections", "projections");

    public async Task Execute(IJobExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // How many events it applied: the run's log line says so (and stays quiet when nothing was new).
        context.Result = await services.Runtime.Daemon.PollOnceAsync(context.CancellationToken);
        var now = DateTimeOffset.UtcNow;
        if (now - lastMakeUpCheck < MakeUpCheckInterval) return;
        lastMakeUpCheck = now;
        await MakingUp.MissedReportRuns.MakeUpAsync(context.Scheduler, services.Runtime.DataSource, now, null, context.CancellationToken);
    }

    // Report runs that never succeeded are looked for every few minutes, not on every 2-second catch-up.
    private static readonly TimeSpan MakeUpCheckInterval = TimeSpan.FromMinutes(5);
    private static DateTimeOffset lastMakeUpCheck = DateTimeOffset.UtcNow;
}
