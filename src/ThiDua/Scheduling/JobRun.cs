namespace ThiDua.Scheduling;

/// <summary>One recorded run of a scheduled job (<c>job_runs</c>): when, where, which attempt, and how it ended.</summary>
/// <param name="Succeeded">Null while it runs (or when it was cut short); true also for a run that finished with a part missing.</param>
public sealed record JobRun(
    string Job, DateTimeOffset? ScheduledAt, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, string Node, int Attempt, bool? Succeeded, string? Message)
{
    /// <summary>How the run stands, as the pages show it; derived when read (<see cref="JobRuns"/>), never written back.</summary>
    public JobRunStatus Status { get; init; } = Succeeded switch { true => JobRunStatus.Succeeded, false => JobRunStatus.Failed, null => JobRunStatus.Running };
}

/// <summary>
/// How a run stands. <see cref="Interrupted"/> is never stored: a run recorded "running" whose server is known to have
/// stopped before its end was recorded (see docs/scheduler.md, "Lần chạy bị ngắt").
/// </summary>
public enum JobRunStatus
{
    Running,
    Succeeded,
    /// <summary>The job did its work but a part of it failed (a report's PDF); <see cref="JobRun.Message"/> says why.</summary>
    PartlyFailed,
    Failed,
    Interrupted,
}

/// <summary>Set as a job's <c>context.Result</c> when it finished but a part failed: recorded as <c>partial</c> with this message, not retried.</summary>
public sealed record PartlyFailedResult(string Message);
