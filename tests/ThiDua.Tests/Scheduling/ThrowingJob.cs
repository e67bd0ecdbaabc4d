using Quartz;

namespace ThiDua.Tests.Scheduling;

/// <summary>A job that fails as the report jobs do on a full disk: with a plain exception, not a JobExecutionException.</summary>
public sealed class ThrowingJob : IJob
{
    public static readonly JobKey Key = new("throwing", "tests");
    public const string Reason = "Đĩa đầy / disk full: không ghi được /srv/reports — giải phóng chỗ trống rồi chạy lại / free some space and run again.";

    public Task Execute(IJobExecutionContext context) => throw new IOException(Reason);
}
