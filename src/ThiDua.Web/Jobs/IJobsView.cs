namespace ThiDua.Web.Jobs;

/// <summary>
/// What <c>/jobs</c> shows: the clustered scheduler's jobs (<c>SchedulerJobsView</c>), or <see cref="NoJobsView"/>
/// ("none") when the host runs without the scheduler.
/// </summary>
public interface IJobsView
{
    Task<IReadOnlyList<JobSummary>> JobsAsync(CancellationToken ct);

    /// <summary>Fires the job now, once, on whichever node picks it up; false when there is no such job.</summary>
    Task<bool> RunNowAsync(string name, CancellationToken ct);
}
