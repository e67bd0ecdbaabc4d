namespace ThiDua.Web.Jobs;

/// <summary>
/// What <c>/jobs</c> shows. The scheduler (a later issue) implements this and registers it in the web host's
/// services; until then <see cref="NoJobsView"/> answers "none".
/// </summary>
public interface IJobsView
{
    Task<IReadOnlyList<JobSummary>> JobsAsync(CancellationToken ct);

    /// <summary>Fires the job now, once, on whichever node picks it up; false when there is no such job.</summary>
    Task<bool> RunNowAsync(string name, CancellationToken ct);
}
