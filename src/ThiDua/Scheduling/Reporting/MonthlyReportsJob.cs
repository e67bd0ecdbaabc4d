using Quartz;
using ThiDua.Periods;
using ThiDua.Reports;

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
        // As of the run's due time, not "now": a retry of a failed run still reports as of the scheduled instant.
        var cutOff = JobHistoryListener.DueTime(context);
        var local = cutOff.ToOffset(ReportCutOff.VietnamOffset);
        var month = new YearMonth(local.Year, local.Month).AddMonths(-1);
        context.Result = IReportJobs.Outcome(await services.Reports.GenerateMonthlyAsync(month, cutOff, context.CancellationToken));
    }
}
