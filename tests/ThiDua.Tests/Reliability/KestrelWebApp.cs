using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using ThiDua.Tests.Infrastructure;
using ThiDua.Web;

namespace ThiDua.Tests.Reliability;

/// <summary>
/// The real web app on Kestrel at 127.0.0.1 and a free port, with clients that talk to it over loopback.
/// Every client is made here, so when the app requires sign-in the token is added in <see cref="Authorize"/> only.
/// </summary>
public sealed class KestrelWebApp : IAsyncDisposable
{
    private readonly string _token;

    private KestrelWebApp(WebApplication app, Uri address, string token)
    {
        App = app;
        Address = address;
        _token = token;
    }

    public WebApplication App { get; }

    public Uri Address { get; }

    public static async Task<KestrelWebApp> StartAsync(string connectionString, ThiDua.Web.Security.SecurityLimits? limits = null)
    {
        var app = await ThiDuaWebApp.BuildAsync(new ThiDuaWebOptions
        {
            ConnectionString = connectionString,
            Urls = "http://127.0.0.1:0",
            DashboardsDirectory = Path.Combine(SeedFiles.RepositoryRoot, "dashboards"),
            UploadsDirectory = Path.Combine(Path.GetTempPath(), "thidua-test-uploads"),
            Limits = limits ?? new(),
            // Request logging on the console would cost more than the requests under load.
            ConfigureBuilder = b => b.Logging.SetMinimumLevel(LogLevel.Warning),
        });
        await app.StartAsync();
        // An analyst: reads everything and may import, as the traffic of these tests does.
        await using var dataSource = Npgsql.NpgsqlDataSource.Create(connectionString);
        var token = await Security.TestUsers.AddAsync(dataSource, "load-" + Guid.NewGuid().ToString("N")[..8], ThiDua.Security.Role.Analyst);
        return new KestrelWebApp(app, new Uri(app.Urls.Single()), token);
    }

    /// <summary>A client with its own connection pool of at most <paramref name="connections"/> connections.</summary>
    public HttpClient CreateClient(int connections = 8, TimeSpan? timeout = null)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.None,
        };
        var client = new HttpClient(handler) { BaseAddress = Address, Timeout = timeout ?? TimeSpan.FromSeconds(30) };
        Authorize(client);
        return client;
    }

    private void Authorize(HttpClient client) => client.DefaultRequestHeaders.Authorization = new("Bearer", _token);

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
