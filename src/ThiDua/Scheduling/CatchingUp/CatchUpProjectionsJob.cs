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
    }
}
