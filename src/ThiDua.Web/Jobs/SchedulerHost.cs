using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ThiDua.Dashboards;
using ThiDua.Hosting;
using ThiDua.Reports;
using ThiDua.Reports.Pdf;
using ThiDua.Reports.Scheduled;
using ThiDua.Scheduling;

namespace ThiDua.Web.Jobs;

/// <summary>
/// Runs this process's node of the clustered scheduler alongside the web app: projections caught up every few
/// seconds, the monthly and summary reports written into its reports folder.
/// </summary>
public sealed class SchedulerHost(ThiDuaRuntime runtime, DashboardCatalog dashboards, ILoggerFactory logging, string connectionString, string reportsDirectory)
    : IHostedService, IAsyncDisposable
{
    public ThiDuaScheduler? Scheduler { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(reportsDirectory);
        var reports = new ScheduledReports(new ReportService(runtime, ChromiumPdfPrinter.Default(), dashboards), runtime, reportsDirectory);
        Scheduler = await ThiDuaScheduler.StartAsync(connectionString, new JobServices(runtime, reports), SchedulerOptions.Default(), logging, cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var scheduler = Scheduler;
        Scheduler = null;
        if (scheduler is null) return;
        // Quartz waits for running jobs, and a job whose end it cannot record (the database away) retries that for
        // ever: wait for them while the database answers (up to the host's shutdown timeout), not when it does not.
        var reachable = await DatabaseAnswersAsync();
        var stopping = scheduler.Quartz.Shutdown(waitForJobsToComplete: reachable, CancellationToken.None);
        try
        {
            await stopping.WaitAsync(reachable ? Timeout.InfiniteTimeSpan : TimeSpan.FromSeconds(3), cancellationToken);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            logging.CreateLogger("ThiDua.Scheduling").LogWarning(
                "The scheduler stopped without waiting for its running jobs; a report they did not write is made up on the next start");
        }
    }

    private async Task<bool> DatabaseAnswersAsync()
    {
        var quick = new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { Timeout = 2, Pooling = false }.ConnectionString;
        try
        {
            await using var conn = new Npgsql.NpgsqlConnection(quick);
            await conn.OpenAsync();
            return true;
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or IOException or TimeoutException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync(CancellationToken.None);
}
