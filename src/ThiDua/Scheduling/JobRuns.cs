using Npgsql;

namespace ThiDua.Scheduling;

/// <summary>
/// The run history every node records in the shared database (<see cref="JobHistoryListener"/>), newest first: one job's
/// runs, or the failures of all. Read from the database, so a host shows the history of runs other nodes made too.
/// </summary>
public static class JobRuns
{
    public static Task<IReadOnlyList<JobRun>> OfJobAsync(NpgsqlDataSource dataSource, string job, int limit, CancellationToken ct = default) =>
        ReadAsync(dataSource, "where job = @job", job, limit, ct);

    public static Task<IReadOnlyList<JobRun>> FailuresAsync(NpgsqlDataSource dataSource, int limit, CancellationToken ct = default) =>
        ReadAsync(dataSource, "where status = 'failed'", null, limit, ct);

    private static async Task<IReadOnlyList<JobRun>> ReadAsync(NpgsqlDataSource dataSource, string where, string? job, int limit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var cmd = dataSource.CreateCommand(
            $"select job, scheduled_at, started_at, finished_at, node, attempt, status, message from job_runs {where} order by started_at desc, id desc limit @limit");
        if (job is not null) cmd.Parameters.AddWithValue("job", job);
        cmd.Parameters.AddWithValue("limit", limit);
        var runs = new List<JobRun>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var status = reader.GetString(6);
            runs.Add(new JobRun(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1), reader.GetFieldValue<DateTimeOffset>(2),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3), reader.GetString(4), reader.GetInt32(5),
                status == "running" ? null : status == "succeeded", reader.IsDBNull(7) ? null : reader.GetString(7)));
        }
        return runs;
    }
}
