using Microsoft.Extensions.Logging;
using Npgsql;
using Quartz;
using Quartz.Impl.Matchers;
using ThiDua.Scheduling.Reporting;

namespace ThiDua.Scheduling.MakingUp;

/// <summary>
/// A report run that fired but never succeeded — its node died mid-run, the database was away through every retry —
/// is made up: a one-off firing that stands for the missed instant (job data <c>due</c>), so the report is as of
/// then. Checked when a node starts and every few minutes by the catch-up job. A firing Quartz itself missed (every
/// node down) is not ours: its misfire rule fires it once on recovery.
/// </summary>
public static class MissedReportRuns
{
    public const string Group = "make-ups";

    // A run still marked running this long after its start died with its node; one known cut short sooner (its
    // firing gone from Quartz, its node silent: JobRuns.InterruptedCondition) is made up at the next check.
    private static readonly TimeSpan Abandoned = TimeSpan.FromMinutes(30);

    public static async Task<int> MakeUpAsync(IScheduler scheduler, NpgsqlDataSource dataSource, DateTimeOffset now, ILogger? log, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        var madeUp = 0;
        foreach (var job in new[] { MonthlyReportsJob.Key, SummaryReportsJob.Key })
        {
            var triggers = await scheduler.GetTriggersOfJob(job, ct);
            var due = triggers.OfType<ICronTrigger>().Select(t => t.GetPreviousFireTimeUtc()).Max();
            // Another firing (a retry, a make-up, "Chạy ngay") still to come takes care of it.
            if (due is null || triggers.Any(t => t is not ICronTrigger)) continue;
            if (await DoneOrRunningAsync(dataSource, job.Name, due.Value, now, ct)) continue;
            var makeUp = TriggerBuilder.Create()
                .WithIdentity($"{job.Name}-makeup-{due.Value.UtcDateTime:yyyyMMddHHmm}", Group)
                .WithDescription("Bù lần chạy bị lỡ / making up a missed run")
                .ForJob(job)
                .UsingJobData(JobHistoryListener.DueKey, due.Value.ToString("O", System.Globalization.CultureInfo.InvariantCulture))
                .StartNow()
                .WithSimpleSchedule(s => s.WithMisfireHandlingInstructionFireNow())
                .Build();
            try
            {
                await scheduler.ScheduleJob(makeUp, ct);
            }
            catch (ObjectAlreadyExistsException)
            {
                continue; // another node is making it up
            }
            madeUp++;
            log?.LogWarning("Job {Job}: the run due at {Due:O} never succeeded; making it up now", job.Name, due.Value);
        }
        return madeUp;
    }

    private static async Task<bool> DoneOrRunningAsync(NpgsqlDataSource dataSource, string job, DateTimeOffset due, DateTimeOffset now, CancellationToken ct)
    {
        await using var cmd = dataSource.CreateCommand($"""
            select exists (select 1 from job_runs r where r.job = @job and r.started_at >= @due
                and (r.status in ('succeeded', 'partial') or (r.status = 'running' and r.started_at > @abandoned and not {JobRuns.InterruptedCondition})))
            """);
        cmd.Parameters.AddWithValue("stale_ticks", JobRuns.StaleTicks(now));
        cmd.Parameters.AddWithValue("job", job);
        cmd.Parameters.AddWithValue("due", due);
        cmd.Parameters.AddWithValue("abandoned", now - Abandoned);
        return (bool)(await cmd.ExecuteScalarAsync(ct))!;
    }
}
