using System.Collections.Concurrent;
using Quartz;

namespace ThiDua.Tests.Scheduling;

/// <summary>
/// A job that runs until its test lets it end, so the database can be stopped under a running job; it fails when its
/// trigger says <c>fail</c>. Its gates are per trigger name.
/// </summary>
public sealed class GatedJob : IJob
{
    public static readonly JobKey Key = new("gated", "tests");
    private static readonly ConcurrentDictionary<string, Gate> Gates = new(StringComparer.Ordinal);

    public static Gate For(string trigger) => Gates.GetOrAdd(trigger, _ => new Gate());

    public async Task Execute(IJobExecutionContext context)
    {
        var gate = For(context.Trigger.Key.Name);
        gate.Started.Release();
        await gate.MayEnd.WaitAsync(context.CancellationToken);
        try
        {
            if (context.MergedJobDataMap.GetString("fail") == "true") throw new JobExecutionException("Hỏng có chủ ý / failing on purpose");
        }
        finally
        {
            gate.Ended.Release();
        }
    }

    public sealed class Gate
    {
        public SemaphoreSlim Started { get; } = new(0);
        public SemaphoreSlim MayEnd { get; } = new(0);
        public SemaphoreSlim Ended { get; } = new(0);
    }
}
