namespace ThiDua.Scheduling;

/// <summary>One recorded run of a scheduled job (<c>job_runs</c>): when, where, which attempt, and how it ended.</summary>
/// <param name="Succeeded">Null while it runs.</param>
public sealed record JobRun(
    string Job, DateTimeOffset? ScheduledAt, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, string Node, int Attempt, bool? Succeeded, string? Message);
