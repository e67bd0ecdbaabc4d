using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ThiDua.Dashboards;
using ThiDua.Hosting;
using ThiDua.Web.Reports;

namespace ThiDua.Web.Jobs;

/// <summary>Adds the scheduler node and the real /jobs and /reports views to a web host (serve and demo do; tests may not).</summary>
public static class SchedulingServices
{
    public static IServiceCollection AddThiDuaScheduling(this IServiceCollection services, string connectionString, string reportsDirectory)
    {
        services.AddSingleton(sp => new SchedulerHost(sp.GetRequiredService<ThiDuaRuntime>(), sp.GetRequiredService<DashboardCatalog>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>(), connectionString, reportsDirectory));
        services.AddHostedService(sp => sp.GetRequiredService<SchedulerHost>());
        services.AddSingleton<IJobsView>(sp => new SchedulerJobsView(sp.GetRequiredService<SchedulerHost>(), sp.GetRequiredService<ThiDuaRuntime>().DataSource));
        services.AddSingleton<IReportsView>(new FolderReportsView(reportsDirectory));
        return services;
    }
}
