namespace ThiDua.Web.Jobs;

/// <summary>A host without the scheduler: no jobs.</summary>
public sealed class NoJobsView : IJobsView
{
    public Task<IReadOnlyList<JobSummary>> JobsAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<JobSummary>>([]);

    public Task<bool> RunNowAsync(string name, CancellationToken ct) => Task.FromResult(false);
}
