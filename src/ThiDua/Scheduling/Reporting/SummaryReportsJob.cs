using Quartz;

namespace ThiDua.Scheduling.Reporting;

/// <summary>Daily at 07:00 (Asia/Ho_Chi_Minh): the summary review of campaigns whose final review has come.</summary>
[DisallowConcurrentExecution]
public sealed class SummaryReportsJob(JobServices services) : IJob
{
    public static readonly JobKey Key = new("summary-reports", "reports");
    public const string Cron = "0 0 7 * * ?";

    public async Task Execute(IJobExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (services.Reports is null) return;
        // A summary whose PDF could not be printed is written as HTML: the run is recorded "Xong, thiếu PDF" with why.
        context.Result = IReportJobs.Outcome(await services.Reports.GenerateDueSummariesAsync(JobHistoryListener.DueTime(context), context.CancellationToken));
    }
}
