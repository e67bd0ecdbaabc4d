using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using ThiDua.Charts;
using ThiDua.Dashboards;
using ThiDua.Hosting;
using ThiDua.Web.Api;
using ThiDua.Web.Campaigns;
using ThiDua.Web.Charts;
using ThiDua.Web.Comparing;
using ThiDua.Web.Dashboards;
using ThiDua.Web.Errors;
using ThiDua.Web.Exports;
using ThiDua.Web.Health;
using ThiDua.Web.Html;
using ThiDua.Web.Imports;
using ThiDua.Web.LeftToDo;
using ThiDua.Web.Periods;
using ThiDua.Web.PreviousYear;
using ThiDua.Web.Provenance;
using ThiDua.Web.Print;
using ThiDua.Web.Tree;
using ThiDua.Web.Registrations;
using ThiDua.Web.Replicas;
using ThiDua.Web.Routing;
using ThiDua.Web.Jobs;
using ThiDua.Web.Reports;
using ThiDua.Web.Search;
using ThiDua.Web.Security;
using ThiDua.Web.Submissions;
using ThiDua.Web.Transfer;
using ThiDua.Web.UnitHistory;

namespace ThiDua.Web;

/// <summary>
/// Builds the ThiDua web host on one database (and optionally a hot standby of it for pages and GET APIs:
/// docs/replicas.md): pages, charts, JSON API and OpenAPI document.
/// The CLI's <c>serve</c>/<c>demo</c> and the tests start from here; each area maps its own routes.
/// </summary>
public static class ThiDuaWebApp
{
    public static async Task<WebApplication> BuildAsync(ThiDuaWebOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var runtime = await ThiDuaRuntime.OpenAsync(options.ConnectionString, options.Clock, ct);
        var replica = options.ReadConnectionString is { } read ? ThiDuaRuntime.OpenReadOnly(read, options.Clock) : null;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(ThiDuaWebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k => k.ConfigureEndpointDefaults(listen => listen.Use(KestrelRejections.Use)));
        // Key-ring chatter (antiforgery keys under the user profile) is not an operator's concern.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        AddServices(builder.Services, runtime, replica, options);
        options.ConfigureBuilder?.Invoke(builder);

        var app = builder.Build();
        // First: every later step (the sign-in limit per address, the cookie's Secure flag) sees the client, not the proxy.
        if (options.TrustedProxies.Count > 0) app.UseForwardedHeaders();
        app.UseHeadAsGet(); // before anything that looks at the method: a HEAD is a GET without its body
        app.UseRouting(); // named here so that routing sees the HEAD as a GET (by default it runs first)
        app.UseThiDuaCompression(); // outermost of the rest: error pages and 304s leave compressed or bodiless alike
        app.UseThiDuaStatusBodies();
        app.UseThiDuaErrors();
        app.UseThiDuaSecurity(); // authentication, role policies, limits and anti-forgery
        app.UseReadRouting(); // after security: sign-in and token checks stay on the primary
        app.UseBodyETags();
        app.MapOpenApi();
        app.MapStyleSheet();
        app.MapSignInPages();
        app.MapHealth();
        app.MapUsersPages();
        app.MapUserChangesPages();
        app.MapAuditPages();
        app.MapCampaignsApi();
        app.MapImportsApi();
        app.MapChartsApi();
        app.MapExportsApi();
        app.MapCampaignPages();
        app.MapPeriodPages();
        app.MapProvenance();
        app.MapTreePages();
        app.MapPrintPages();
        app.MapRegistrationPages();
        app.MapSubmissionPages();
        app.MapUnitHistory();
        app.MapPreviousYear();
        app.MapUnitComparison();
        app.MapStillNeeded();
        app.MapSearch();
        app.MapDashboardPages();
        app.MapImportPages();
        app.MapJobsPages();
        app.MapReportsPages();
        app.MapNotFoundPage();
        return app;
    }

    private static void AddServices(IServiceCollection services, ThiDuaRuntime runtime, ThiDuaRuntime? replica, ThiDuaWebOptions options)
    {
        // Created by a factory so the container disposes it (and its connection pool) with the host.
        services.AddSingleton(_ => runtime);
        services.AddSingleton(sp => new ReadDatabase(runtime, replica, sp.GetRequiredService<Caching.ChangeFeed>(), sp.GetRequiredService<ILogger<ReadDatabase>>()));
        if (replica is not null) services.AddHostedService<ReplicaProbe>();
        services.AddSingleton(options.DashboardsDirectory is { } dir ? new DashboardCatalog(dir) : DashboardCatalog.Default());
        services.AddSingleton<IChartRenderer, SvgChartRenderer>();
        services.AddSingleton<ThiDua.Charts.Png.PngChartRenderer>();
        // The pages' panels carry the phone layout too (reports make their own renderer, wide only).
        services.AddSingleton(sp => new DashboardRenderer(sp.GetRequiredService<IChartRenderer>(), SvgChartRenderer.Narrow));
        services.AddSingleton<CampaignViews>();
        services.AddSingleton<CampaignPageBodies>();
        services.AddSingleton<DefaultPeriods>();
        services.AddSingleton(sp => new DatabaseOutage(runtime, sp.GetRequiredService<ILogger<DatabaseOutage>>(), options.LocalDatabase));
        services.AddSingleton<Caching.ChangeFeed>();
        services.AddHostedService(sp => sp.GetRequiredService<Caching.ChangeFeed>());
        services.AddSingleton<FreshAnalyticsCache>();
        services.AddSingleton<OtherMethods>();
        services.AddSingleton(new UploadStore(options.UploadsDirectory ?? Path.Combine(Path.GetTempPath(), "thidua-uploads")));
        // Without the scheduler (AddThiDuaScheduling registers the real views) the pages say there is nothing.
        services.TryAddSingleton<IJobsView, NoJobsView>();
        services.TryAddSingleton<IReportsView, NoReportsView>();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "thidua.af";
            o.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest; // as the session cookie
        });
        services.AddThiDuaSecurity(options.Limits, options.TrustedProxies);
        services.ConfigureHttpJsonOptions(o => ApiJson.Configure(o.SerializerOptions));
        services.AddOpenApi(o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            o.AddSchemaTransformer(YearMonthSchema.Apply);
            o.AddSchemaTransformer(NumberSchema.Apply);
            // No server address: the document's own (OpenAPI's default "/"), not one built from the request's Host,
            // which behind a proxy names the upstream or drops the public port.
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Servers?.Clear();
                return Task.CompletedTask;
            });
        });
        services.AddProblemDetails();
        services.AddThiDuaCompression();
    }
}
