using Quartz;
using ThiDua.Periods;

namespace ThiDua.Scheduling.Reporting;

/// <summary>On the 1st of each month at 07:00 (Asia/Ho_Chi_Minh): last month's progress report, as of the scheduled time.</summary>
[DisallowConcurrentExecution]
public sealed class MonthlyReportsJob(JobServices services) : IJob
{
    public static readonly JobKey Key = new("monthly-reports", "reports");
    public const string Cron = "0 0 7 1 * ?";

    public async Task Execute(IJobExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (services.Reports is null) return;
        // The scheduled instant, not "now": a misfired run catching up later still reports as of its due time.
        var cutOff = context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        var local = TimeZoneInfo.ConvertTime(cutOff, TimeZoneInfo.FindSystemTimeZoneById(SchedulerOptions.TimeZone));
        var month = new YearMonth(local.Year, local.Month).AddMonths(-1);
        await services.Reports.GenerateMonthlyAsync(month, cutOff, context.CancellationToken);
    }
}
