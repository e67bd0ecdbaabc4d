using Quartz;

namespace ThiDua.Scheduling.CatchingUp;

/// <summary>Applies new events to the async projections (analytics): rankings are fresh seconds after an import.</summary>
[DisallowConcurrentExecution]
public sealed class CatchUpProjectionsJob(JobServices services) : IJob
{
    public static readonly JobKey Key = new("catch-up-projections", "projections");

    public Task Execute(IJobExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return services.Runtime.Daemon.PollOnceAsync(context.CancellationToken);
    }
}
