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
        if (Scheduler is not null) await Scheduler.DisposeAsync();
        Scheduler = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync(CancellationToken.None);
}
