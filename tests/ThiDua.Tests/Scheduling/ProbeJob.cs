using Quartz;

namespace ThiDua.Tests.Scheduling;

/// <summary>A job that does nothing but be recorded in job_runs by the history listener.</summary>
public sealed class ProbeJob : IJob
{
    public static readonly JobKey Key = new("probe", "tests");

    public Task Execute(IJobExecutionContext context) => Task.CompletedTask;
}
