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
                ? new JobSummary(key.Name, detail?.Description ?? "", next, last.At, last.Succeeded, last.Message)
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

    private async Task<Dictionary<string, (DateTimeOffset At, bool? Succeeded, string? Message)>> LastRunsAsync(CancellationToken ct)
    {
        var runs = new Dictionary<string, (DateTimeOffset, bool?, string?)>(StringComparer.Ordinal);
        await using var cmd = dataSource.CreateCommand(
            "select distinct on (job) job, started_at, status, message from job_runs order by job, started_at desc");
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var status = reader.GetString(2);
            runs[reader.GetString(0)] = (reader.GetFieldValue<DateTimeOffset>(1), status == "running" ? null : status == "succeeded",
                reader.IsDBNull(3) ? null : reader.GetString(3));
        }
        return runs;
    }
}
