using Microsoft.Extensions.Logging;
using Npgsql;
using Quartz;

namespace ThiDua.Scheduling;

/// <summary>
/// Records every run in <c>job_runs</c> (the /jobs page reads it), says it in the log (a catch-up only when it applied
/// something: it runs every few seconds), and retries a failed run with backoff: 30 s, 2 min, 8 min, then gives up
/// and leaves the failure recorded. A run that finished with a part missing (<see cref="PartlyFailedResult"/>) is
/// recorded <c>partial</c> with its reason and not retried. A run whose start cannot be recorded still runs (and is recorded whole at its end);
/// a run that ends while the database is away is recorded, and its retry scheduled, once it answers again.
/// </summary>
internal sealed class JobHistoryListener(NpgsqlDataSource dataSource, string node, ILogger? log = null) : IJobListener
{
    public const string AttemptKey = "attempt";
    public const string DueKey = "due";
    private const string UnrecordedKey = "thidua.unrecorded";
    public const int MaxAttempts = 4;

    public string Name => "thidua-history";

    public async Task JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var cmd = dataSource.CreateCommand("""
                insert into job_runs (job, trigger_name, fire_id, scheduled_at, started_at, node, status, attempt)
                values (@job, @trigger, @fire, @scheduled, @started, @node, 'running', @attempt)
                """);
            AddRunParameters(cmd, context);
            await cmd.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // An exception here makes Quartz skip the job ("Job will NOT be executed!"): a database blip at 07:00 on
            // the 1st would lose that month's reports. The run goes ahead; its end records the whole run.
            context.Put(UnrecordedKey, "true");
            log?.LogWarning("Job {Job} on {Node}: its start could not be recorded ({Message}); it runs anyway", context.JobDetail.Key.Name, node, e.Message);
        }
    }

    public Task JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public async Task JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        var failed = jobException is not null;
        var job = context.JobDetail.Key.Name;
        try
        {
            await WhileDatabaseAway.RetryAsync(() => RecordEndAsync(context, jobException, cancellationToken),
                e => log?.LogWarning("Job {Job} on {Node}: its end cannot be recorded yet ({Message}); trying again until the database answers", job, node, e.Message),
                cancellationToken);
            if (Random.Shared.Next(50) == 0) await PruneAsync(job, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log?.LogWarning("Job {Job} on {Node}: its end could not be recorded ({Message})", job, node, e.Message);
        }
        var attempt = Attempt(context);
        Log(context, jobException, attempt);
        if (!failed || attempt >= MaxAttempts) return;
        var retry = TriggerBuilder.Create()
            .WithIdentity($"{context.JobDetail.Key.Name}-retry-{Guid.NewGuid():N}", "retries")
            .ForJob(context.JobDetail.Key)
            .UsingJobData(AttemptKey, (attempt + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UsingJobData(DueKey, DueTime(context).ToString("O", System.Globalization.CultureInfo.InvariantCulture))
            .StartAt(DateTimeOffset.UtcNow + Backoff(attempt))
            .WithSimpleSchedule(s => s.WithMisfireHandlingInstructionFireNow())
            .Build();
        await WhileDatabaseAway.RetryAsync(() => context.Scheduler.ScheduleJob(retry, cancellationToken),
            e => log?.LogWarning("Job {Job} on {Node}: its retry cannot be scheduled yet ({Message}); trying again until the database answers", job, node, e.Message),
            cancellationToken);
    }

    // A run whose start was not recorded is recorded whole at its end — once: the start's insert, or an earlier try of
    // this one, may have committed with its answer lost to the outage.
    private async Task RecordEndAsync(IJobExecutionContext context, JobExecutionException? failure, CancellationToken ct)
    {
        var unrecorded = context.Get(UnrecordedKey) is "true";
        await using var cmd = dataSource.CreateCommand(unrecorded
            ? """
              with ended as (update job_runs set finished_at = @now, status = @status, message = @message where fire_id = @fire returning 1)
              insert into job_runs (job, trigger_name, fire_id, scheduled_at, started_at, node, status, attempt, finished_at, message)
              select @job, @trigger, @fire, @scheduled::timestamptz, @started, @node, @status, @attempt, @now, @message::text
              where not exists (select 1 from ended)
              """
            : "update job_runs set finished_at = @now, status = @status, message = @message where fire_id = @fire");
        AddRunParameters(cmd, context);
        cmd.Parameters.AddWithValue("now", DateTimeOffset.UtcNow);
        // A job that did its work with a part missing (a report without its PDF) says so in its result: "partial", with why.
        var partial = failure is null ? context.Result as PartlyFailedResult : null;
        cmd.Parameters.AddWithValue("status", failure is not null ? "failed" : partial is not null ? "partial" : "succeeded");
        cmd.Parameters.AddWithValue("message", (object?)(failure is null ? null : RunFailure.Said(failure)) ?? partial?.Message ?? (object)DBNull.Value);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private void AddRunParameters(NpgsqlCommand cmd, IJobExecutionContext context)
    {
        cmd.Parameters.AddWithValue("job", context.JobDetail.Key.Name);
        cmd.Parameters.AddWithValue("trigger", context.Trigger.Key.Name);
        cmd.Parameters.AddWithValue("fire", context.FireInstanceId);
        cmd.Parameters.AddWithValue("scheduled", (object?)context.ScheduledFireTimeUtc ?? DBNull.Value);
        cmd.Parameters.AddWithValue("started", context.FireTimeUtc);
        cmd.Parameters.AddWithValue("node", node);
        cmd.Parameters.AddWithValue("attempt", Attempt(context));
    }

    private void Log(IJobExecutionContext context, JobExecutionException? failure, int attempt)
    {
        if (log is null) return;
        var job = context.JobDetail.Key.Name;
        var ms = (DateTimeOffset.UtcNow - context.FireTimeUtc).TotalMilliseconds;
        if (failure is not null)
            log.LogWarning("Job {Job} failed on {Node} (attempt {Attempt} of {Max}): {Message}", job, node, attempt, MaxAttempts,
                RunFailure.Said(failure));
        else if (context.Result is PartlyFailedResult partial)
            log.LogWarning("Job {Job} finished on {Node} with a part missing: {Message}", job, node, partial.Message);
        else if (context.Result is long applied)
        {
            if (applied > 0) log.LogInformation("Job {Job} on {Node}: {Events} events applied to the projections in {Ms:0} ms", job, node, applied, ms);
        }
        else log.LogInformation("Job {Job} succeeded on {Node} in {Ms:0} ms", job, node, ms);
    }

    // The catch-up job runs every few seconds: keep the newest runs of each job, not all of them forever.
    private async Task PruneAsync(string job, CancellationToken ct)
    {
        await using var cmd = dataSource.CreateCommand("""
            delete from job_runs where job = @job and id < (select min(id) from (select id from job_runs where job = @job order by id desc limit 500) newest)
            """);
        cmd.Parameters.AddWithValue("job", job);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// The instant a run stands for: its scheduled time, or for a retry the scheduled time of the run it retries (a
    /// retry trigger's own time is later). A schedule's firing that Quartz fires once on recovery stands for the
    /// instant it missed (<see cref="CronDue"/>); "Chạy ngay" stands for when it was asked.
    /// </summary>
    public static DateTimeOffset DueTime(IJobExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Text(context, DueKey) is { } due && DateTimeOffset.TryParse(due, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.RoundtripKind, out var at)) return at;
        var scheduled = context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        return context.Trigger is ICronTrigger cron ? CronDue.LastAtOrBefore(cron, scheduled) : scheduled;
    }

    public static TimeSpan Backoff(int attempt) => TimeSpan.FromSeconds(30 * Math.Pow(4, attempt - 1));

    private static int Attempt(IJobExecutionContext context) =>
        Text(context, AttemptKey) is { } a && int.TryParse(a, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 1;

    // Quartz's TryGetString finds a missing key by catching its own KeyNotFoundException: two exceptions thrown on every
    // first run of every job (the catch-up's, every few seconds). The dictionary's look-up throws nothing.
    private static string? Text(IJobExecutionContext context, string key) =>
        context.MergedJobDataMap.TryGetValue(key, out var value) ? value as string : null;
}
