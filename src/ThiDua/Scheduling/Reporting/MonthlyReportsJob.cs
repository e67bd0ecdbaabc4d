using Quartz;
using ThiDua.Periods;
using ThiDua.Reports;

namespace ThiDua.Scheduling.Reporting;

/// <summary>On the 1st of each month at 07:00 (Asia/Ho_Chi_Minh): last month's progress report, as of that due time.</summary>
[DisallowConcurrentExecution]
public sealed class MonthlyReportsJob(JobServices services) : IJob
{
    public static readonly JobKey Key = new("monthly-reports", "reports");
    public const string Cron = "0 0 7 1 * ?";

    public async Task Execute(IJobExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (services.Reports is null) return;
        // The cut-off is the month's due time (07:00 on the 1st, as `thidua report monthly` takes it), not when this
        // run happens: a retry or a misfire caught up later fires after it, and Quartz gives those their own fire time.
        var local = context.FireTimeUtc.ToOffset(ReportCutOff.VietnamOffset);
        var month = new YearMonth(local.Year, local.Month).AddMonths(-1);
        var cutOff = ReportCutOff.Monthly(month);
        await services.Reports.GenerateMonthlyAsync(month, cutOff, context.CancellationToken);
    }
}
