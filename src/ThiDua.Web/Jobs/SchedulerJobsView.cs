using Npgsql;
using Quartz;
using Quartz.Impl.Matchers;

namespace ThiDua.Web.Jobs;

/// <summary>The real jobs: Quartz's triggers (next firing) joined with our run history (last run, failure).</summary>
public sealed class SchedulerJobsView(SchedulerHost host, NpgsqlDataSource dataSource) : IJobsView
{
    public async Task<IReadOnlyList<JobSummary>> JobsAsync(CancellationToken ct)
    {
        var scheduler = host.Scheduler?.Quartz;
        if (scheduler is null) return [];
        var lastRuns = await LastRunsAsync(ct);
        var jobs = new List<JobSummary>();
        foreach (var key in (await scheduler.GetJobKeys(GroupMatcher<JobKey>.AnyGroup(), ct)).OrderBy(k => k.Group).ThenBy(k => k.Name))
        {
            var detail = await scheduler.GetJobDetail(key, ct);
            var next = (await scheduler.GetTriggersOfJob(key, ct)).Select(t => t.GetNextFireTimeUtc()).Where(t => t is not null).Min();
            jobs.Add(lastRuns.TryGetValue(key.Name, out var last)
                ? new JobSummary(key.Name, detail?.Description ?? "", next, last.StartedAt, last.Succeeded, last.Message, last)
                : new JobSummary(key.Name, detail?.Description ?? "", next, null, null, null));
        }
        return jobs;
    }

    public async Task<bool> RunNowAsync(string name, CancellationToken ct)
    {
        var scheduler = host.Scheduler?.Quartz;
        if (scheduler is null) return false;
        var key = (await scheduler.GetJobKeys(GroupMatcher<JobKey>.AnyGroup(), ct)).FirstOrDefault(k => k.Name == name);
        if (key is null) return false;
        await scheduler.TriggerJob(key, ct);
        return true;
    }

    // The last run of each job, its status derived as JobRuns derives it (an interrupted run is not "running").
    private async Task<Dictionary<string, Scheduling.JobRun>> LastRunsAsync(CancellationToken ct)
    {
        var runs = new Dictionary<string, Scheduling.JobRun>(StringComparer.Ordinal);
        await using var cmd = dataSource.CreateCommand(
            "select distinct on (r.job) r.job, r.scheduled_at, r.started_at, r.finished_at, r.node, r.attempt, r.status, r.message, "
            + Scheduling.JobRuns.InterruptedCondition + " from job_runs r order by r.job, r.started_at desc");
        cmd.Parameters.AddWithValue("stale_ticks", Scheduling.JobRuns.StaleTicks(DateTimeOffset.UtcNow));
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var run = Scheduling.JobRuns.Read(reader, 0);
            runs[run.Job] = run;
        }
        return runs;
    }
}
