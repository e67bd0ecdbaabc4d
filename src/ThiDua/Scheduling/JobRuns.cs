using Npgsql;

namespace ThiDua.Scheduling;

/// <summary>
/// The run history every node records in the shared database (<see cref="JobHistoryListener"/>), newest first: one job's
/// runs, or the failures of all. Read from the database, so a host shows the history of runs other nodes made too.
/// </summary>
/// <remarks>
/// A run recorded "running" is shown <see cref="JobRunStatus.Interrupted"/> once it is known dead — nothing is written
/// back: Quartz no longer holds its firing (<c>qrtz_fired_triggers</c>: Quartz deletes a firing's row only after the
/// run's end was recorded, or when it recovers the firings of a dead node, a restarted node's own included), or its
/// node stopped checking in to the cluster (<c>qrtz_scheduler_state</c>) for <see cref="StaleCheckIn"/> beyond its
/// check-in interval.
/// </remarks>
public static class JobRuns
{
    /// <summary>How long past its check-in interval a node may stay silent before its running jobs count as cut short.</summary>
    public static readonly TimeSpan StaleCheckIn = TimeSpan.FromMinutes(2);

    /// <summary>The SQL condition, on <c>job_runs r</c>, of a run recorded running whose server is known to have stopped; needs <c>@stale_ticks</c>.</summary>
    public const string InterruptedCondition = """
        (r.status = 'running' and (
            not exists (select 1 from qrtz_fired_triggers f where f.entry_id = r.fire_id)
            or not exists (select 1 from qrtz_scheduler_state s where s.instance_name = r.node
                and s.last_checkin_time + s.checkin_interval * 10000 > @stale_ticks)))
        """;

    /// <summary>The value of <c>@stale_ticks</c> at <paramref name="now"/> (Quartz stores check-ins as UTC ticks, intervals in ms).</summary>
    public static long StaleTicks(DateTimeOffset now) => (now - StaleCheckIn).UtcTicks;

    public static Task<IReadOnlyList<JobRun>> OfJobAsync(NpgsqlDataSource dataSource, string job, int limit, CancellationToken ct = default) =>
        ReadAsync(dataSource, "where r.job = @job", job, limit, ct);

    public static Task<IReadOnlyList<JobRun>> FailuresAsync(NpgsqlDataSource dataSource, int limit, CancellationToken ct = default) =>
        ReadAsync(dataSource, $"where r.status in ('failed', 'partial') or {InterruptedCondition}", null, limit, ct);

    private static async Task<IReadOnlyList<JobRun>> ReadAsync(NpgsqlDataSource dataSource, string where, string? job, int limit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var cmd = dataSource.CreateCommand(
            $"select r.job, r.scheduled_at, r.started_at, r.finished_at, r.node, r.attempt, r.status, r.message, {InterruptedCondition} "
            + $"from job_runs r {where} order by r.started_at desc, r.id desc limit @limit");
        if (job is not null) cmd.Parameters.AddWithValue("job", job);
        cmd.Parameters.AddWithValue("limit", limit);
        cmd.Parameters.AddWithValue("stale_ticks", StaleTicks(DateTimeOffset.UtcNow));
        var runs = new List<JobRun>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) runs.Add(Read(reader, 0));
        return runs;
    }

    /// <summary>A run from the columns job, scheduled_at, started_at, finished_at, node, attempt, status, message, interrupted from <paramref name="first"/> on.</summary>
    public static JobRun Read(NpgsqlDataReader reader, int first)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var status = reader.GetString(first + 6);
        var run = new JobRun(reader.GetString(first), reader.IsDBNull(first + 1) ? null : reader.GetFieldValue<DateTimeOffset>(first + 1),
            reader.GetFieldValue<DateTimeOffset>(first + 2), reader.IsDBNull(first + 3) ? null : reader.GetFieldValue<DateTimeOffset>(first + 3),
            reader.GetString(first + 4), reader.GetInt32(first + 5), status == "running" ? null : status is "succeeded" or "partial",
            reader.IsDBNull(first + 7) ? null : reader.GetString(first + 7));
        return status switch
        {
            "partial" => run with { Status = JobRunStatus.PartlyFailed },
            "running" when reader.GetBoolean(first + 8) => run with { Status = JobRunStatus.Interrupted },
            _ => run,
        };
    }
}
