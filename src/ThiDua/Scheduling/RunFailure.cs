using Quartz;

namespace ThiDua.Scheduling;

/// <summary>What made a scheduled run fail, as <c>job_runs</c>, /jobs and the log say it.</summary>
internal static class RunFailure
{
    // What made the run fail, in its own words. A job that throws anything but a JobExecutionException (a full disk, an
    // unknown campaign, the database) reaches the listener wrapped twice by Quartz, the inner wrapper saying only "Job threw
    // an unhandled exception": /jobs showed that for every real failure, and the cause was only in the log's stack trace.
    private static Exception Cause(JobExecutionException failure)
    {
        var cause = failure.InnerException ?? failure;
        while (cause is Quartz.Core.JobExecutionProcessException { InnerException: { } thrown }) cause = thrown;
        return cause;
    }

    // The cause as /jobs shows it: a database that could not be reached said so in both languages, with what to do (the
    // driver's own text, "Failed to connect to …/.s.PGSQL.5432", kept after it); anything else in its own words.
    public static string Said(JobExecutionException failure)
    {
        var cause = Cause(failure);
        return QuartzOutageLogging.IsOutage(cause)
            ? "Không kết nối được cơ sở dữ liệu khi chạy — khi nó chạy lại, bấm \"Chạy ngay\" (lần chạy lỗi cũng tự được thử lại, tối đa "
              + $"{JobHistoryListener.MaxAttempts} lần) / the database could not be reached during the run — once it is back, press \"Chạy ngay\" (a failed run "
              + $"is also retried by itself, up to {JobHistoryListener.MaxAttempts} attempts). ({cause.Message})"
            : cause.Message;
    }
}
