namespace ThiDua.Web.Jobs;

/// <summary>One scheduled job: its next firing, its last run and outcome (a failure's message in <paramref name="LastError"/>).</summary>
/// <param name="LastRun">The last run itself, its status derived as on the history page (an interrupted run shows "Bị ngắt").</param>
public sealed record JobSummary(string Name, string Description, DateTimeOffset? NextFireAt, DateTimeOffset? LastRunAt, bool? LastSucceeded, string? LastError,
    Scheduling.JobRun? LastRun = null)
{
    /// <summary>What a page names the job by: its Vietnamese description (a clerk does not read job codes), else its code.</summary>
    public string Title => string.IsNullOrWhiteSpace(Description) ? Name : Description;
}
