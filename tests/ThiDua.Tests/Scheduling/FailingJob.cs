using Quartz;

namespace ThiDua.Tests.Scheduling;

/// <summary>A job that always fails, to see the failure recorded and a retry scheduled.</summary>
public sealed class FailingJob : IJob
{
    public static readonly JobKey Key = new("failing", "tests");

    public Task Execute(IJobExecutionContext context) => throw new JobExecutionException("Hỏng có chủ ý / failing on purpose");
}
