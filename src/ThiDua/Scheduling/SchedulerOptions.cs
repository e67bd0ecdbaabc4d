namespace ThiDua.Scheduling;

/// <summary>
/// How this node joins the clustered scheduler. Every node of one installation uses the same
/// <see cref="SchedulerName"/>; <see cref="InstanceId"/> must differ per process.
/// </summary>
public sealed record SchedulerOptions(
    string InstanceId,
    TimeSpan CatchUpInterval,
    TimeSpan ClusterCheckinInterval,
    string SchedulerName = "ThiDua",
    int MaxConcurrency = 4)
{
    public static SchedulerOptions Default(string? instanceId = null) =>
        new(instanceId ?? $"{Environment.MachineName}-{Environment.ProcessId}", TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5));

    public const string TimeZone = "Asia/Ho_Chi_Minh";
}
