using ThiDua.Hosting;
using ThiDua.Scheduling;
using ThiDua.Tests.Infrastructure;
using ThiDua.Tests.Reliability;

namespace ThiDua.Tests.Scheduling;

/// <summary>
/// A database outage does not flood the log with Quartz's retries: each kind of its errors is written once, as one
/// line, while ThiDua's own lines still come through.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class QuartzOutageLogTests : IDisposable
{
    private readonly PrivatePostgres _postgres = new();

    [Fact]
    public async Task Fifteen_seconds_without_the_database_give_a_few_quartz_lines_not_one_per_retry()
    {
        var connectionString = await _postgres.CreateDatabaseAsync("quartz-outage");
        await using var runtime = await ThiDuaRuntime.OpenAsync(connectionString);
        var logs = new CapturedLogs();
        await using var node = await ThiDuaScheduler.StartAsync(connectionString, new JobServices(runtime, null),
            new SchedulerOptions("outage-node", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)), logs.Factory());
        await Task.Delay(TimeSpan.FromSeconds(2));

        _postgres.Stop();
        await Task.Delay(TimeSpan.FromSeconds(15));
        var during = logs.Messages.ToList();
        _postgres.Start();
        await Task.Delay(TimeSpan.FromSeconds(3));

        var quartzErrors = during.Where(m => (m.StartsWith("Error Quartz", StringComparison.Ordinal) || m.StartsWith("Warning Quartz", StringComparison.Ordinal))).ToList();
        quartzErrors.Should().NotBeEmpty("the outage is said once per kind");
        // Lines as the console shows them: Quartz puts the stack trace into some messages' text too.
        var lines = quartzErrors.Sum(m => m.Split('\n').Length);
        lines.Should().BeLessThan(15, "one line per kind of error, not a stack trace every retry:\n" + string.Join('\n', quartzErrors));
    }

    public void Dispose() => _postgres.Dispose();
}
