using Npgsql;
using Quartz;
using ThiDua.Hosting;
using ThiDua.Scheduling;
using ThiDua.Tests.Infrastructure;
using ThiDua.Tests.Scheduling;
using Xunit.Abstractions;

namespace ThiDua.Tests.Reliability;

/// <summary>
/// PostgreSQL restarted (<c>pg_ctl stop -m fast</c>, then started again) under a running web app, a scheduler node and
/// a stream of imports: everything comes back by itself, no scheduled firing is lost or run twice, no projection skips
/// or doubles an event.
/// </summary>
/// <remarks>
/// The firing rule: a probe trigger fires every 500 ms from a whole second S, so its firings are S + k·500 ms. Each k is
/// run at most once (job_runs: each scheduled_at once). Firings due during the outage are run late, not dropped,
/// as long as they are at most Quartz's misfire threshold (30 s) late; only when the gap between the last run before the
/// outage and the first after it exceeds that threshold may firings inside the gap be skipped (misfire policy: next with
/// remaining count). Outside the gap, none is missing.
/// </remarks>
[Collection(ReliabilityCollection.Name)]
public sealed class PostgresRestartTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan MisfireThreshold = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
    private const string Campaign = "BK2022";

    private readonly PrivatePostgres _postgres = new();

    public void Dispose() => _postgres.Dispose();

    [Fact]
    public async Task After_a_PostgreSQL_restart_requests_jobs_and_imports_recover_by_themselves_with_no_firing_or_event_lost_or_doubled()
    {
        var connectionString = await _postgres.CreateDatabaseAsync("restart");
        await using var runtime = await ThiDuaRuntime.OpenAsync(connectionString);
        await ProductDatabase.ImportSeedAsync(runtime);
        await using var web = await KestrelWebApp.StartAsync(connectionString);
        using var client = web.CreateClient(timeout: TimeSpan.FromSeconds(10));
        var scheduler = await ThiDuaScheduler.StartAsync(connectionString, new JobServices(runtime, null),
            new SchedulerOptions("restart-node", Interval, TimeSpan.FromSeconds(1)));
        var start = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 2);
        await ThiDuaScheduler.DeclareAsync(scheduler.Quartz, JobBuilder.Create<ProbeJob>().WithIdentity(ProbeJob.Key).StoreDurably().Build(),
            TriggerBuilder.Create().WithIdentity("probe-restart", "tests").ForJob(ProbeJob.Key).StartAt(start)
                .WithSimpleSchedule(s => s.WithInterval(Interval).RepeatForever()).Build());
        await using var probe = NpgsqlDataSource.Create(connectionString);

        var traffic = new ServiceTraffic(client, runtime, Campaign);
        try
        {
            await Eventually.WaitUntilAsync(async () => await ProbeRunsAsync(probe, "status = 'succeeded'") >= 4
                && traffic.RequestSucceededAfter(start) && traffic.ImportSucceededAfter(start), Deadline, "service running before the restart");

            var port = _postgres.Port;
            var stoppedAt = DateTimeOffset.UtcNow;
            _postgres.Stop();
            await Task.Delay(TimeSpan.FromSeconds(2));
            _postgres.Start().Should().Be(port, "clients hold connection strings with the old port");
            var restartedAt = DateTimeOffset.UtcNow;

            var recovered = await Eventually.WaitUntilAsync(async () => traffic.RequestSucceededAfter(restartedAt) && traffic.ImportSucceededAfter(restartedAt)
                && await ProbeRunsAsync(probe, $"status = 'succeeded' and started_at > '{restartedAt:O}'") >= 2, Deadline, "recovery after the restart");
            output.WriteLine($"outage {(restartedAt - stoppedAt).TotalSeconds:F1} s; requests, imports and jobs back {recovered.TotalSeconds:F1} s after the start " +
                $"(first request ok +{(traffic.FirstRequestSuccessAfter(restartedAt) - restartedAt)?.TotalSeconds:F1} s, " +
                $"first import ok +{(traffic.FirstImportSuccessAfter(restartedAt) - restartedAt)?.TotalSeconds:F1} s)");
            await Task.Delay(TimeSpan.FromSeconds(2));
        }
        finally
        {
            await traffic.DisposeAsync();
        }
        output.WriteLine($"requests: {traffic.Requests.Count(a => a.Succeeded)} ok, {traffic.Requests.Count(a => !a.Succeeded)} failed; " +
            $"imports: {traffic.AcceptedImports} accepted, {traffic.Imports.Count - traffic.AcceptedImports} failed");
        traffic.Imports.Where(a => !a.Succeeded).Should().OnlyContain(a => !a.What.Contains("Dòng", StringComparison.Ordinal), "only the outage fails an import");

        // The scheduler's catch-up job, not the test, brings the analytics to the last event.
        await Eventually.WaitUntilAsync(async () => (await AnalyticsDigest.TakeAsync(probe)).CaughtUp, Deadline, "analytics caught up by the scheduler");
        await scheduler.DisposeAsync();

        await AssertEachFiringOnceAsync(probe, start);
        var live = await AnalyticsDigest.TakeAsync(probe);
        await runtime.Daemon.RebuildAsync();
        var rebuilt = await AnalyticsDigest.TakeAsync(probe);
        output.WriteLine($"analytics: checkpoint {live.Checkpoint} = max(seq) {live.MaxSequence}, {live.Rows} result rows");
        rebuilt.Should().Be(live, "the incrementally maintained analytics equal a full rebuild's");
    }

    private static async Task<long> ProbeRunsAsync(NpgsqlDataSource dataSource, string where)
    {
        try
        {
            await using var cmd = dataSource.CreateCommand($"select count(*) from job_runs where trigger_name = 'probe-restart' and {where}");
            return (long)(await cmd.ExecuteScalarAsync())!;
        }
        catch (NpgsqlException)
        {
            return 0; // asked while the database is away
        }
    }

    private async Task AssertEachFiringOnceAsync(NpgsqlDataSource dataSource, DateTimeOffset start)
    {
        var runs = new List<(DateTimeOffset Scheduled, DateTimeOffset Started, string Status)>();
        await using (var cmd = dataSource.CreateCommand("select scheduled_at, started_at, status from job_runs where trigger_name = 'probe-restart' order by scheduled_at"))
        await using (var reader = await cmd.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                runs.Add((reader.GetFieldValue<DateTimeOffset>(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2)));

        var slots = runs.Select(r => (r.Scheduled - start) / Interval).ToList();
        slots.Should().OnlyContain(k => k == Math.Floor(k) && k >= 0, "every firing is one of S + k·500 ms");
        slots.Should().OnlyHaveUniqueItems("no scheduled firing runs twice");
        runs.Should().OnlyContain(r => r.Status == "succeeded", "every run that started was recorded to its end");

        // The largest gap in started_at is the outage; firings may be missing only inside it, and only if it exceeded the threshold.
        var gaps = runs.OrderBy(r => r.Started).Zip(runs.OrderBy(r => r.Started).Skip(1), (a, b) => (Before: a, After: b)).ToList();
        var outage = gaps.MaxBy(g => g.After.Started - g.Before.Started);
        var present = slots.Select(k => (long)k).ToHashSet();
        var missing = Enumerable.Range(0, (int)present.Max() + 1).Select(k => (long)k).Where(k => !present.Contains(k)).ToList();
        output.WriteLine($"probe: {runs.Count} runs, slots 0–{present.Max()}, {missing.Count} missing; longest pause {(outage.After.Started - outage.Before.Started).TotalSeconds:F1} s");
        if (missing.Count == 0) return;
        (outage.After.Started - outage.Before.Started).Should().BeGreaterThan(MisfireThreshold, "firings are skipped only after a misfire; missing: {0}", string.Join(", ", missing));
        missing.Select(k => start + k * Interval).Should().OnlyContain(t => t > outage.Before.Scheduled && t < outage.After.Scheduled, "skipped firings lie inside the outage");
    }
}
