using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using ThiDua.Hosting;
using ThiDua.Security;
using ThiDua.Tests.Infrastructure;
using ThiDua.Tests.Security;

namespace ThiDua.Tests.Web;

/// <summary>
/// A fresh database with the seed data imported, the web app on it, and a runtime to compute the expected answers.
/// <see cref="Client"/> is signed in as an admin by API token; <see cref="NewClient"/> gives an anonymous one.
/// </summary>
public class SeededWebApp : ProductDatabase, IAsyncLifetime
{
    public WebApplication App { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;
    public ThiDuaRuntime Runtime { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Runtime = await OpenRuntimeAsync();
        await ImportSeedAsync(Runtime);
        await Prepare(Runtime);
        App = await WebTestHost.StartAsync(ConnectionString, Limits, DashboardsDirectory);
        Client = App.GetTestClient().WithToken(await TestUsers.AddAsync(DataSource, "web-tests", Role.Admin));
    }

    /// <summary>Limits of the app under test; the defaults unless a test class needs small ones.</summary>
    protected virtual ThiDua.Web.Security.SecurityLimits Limits => new();

    /// <summary>The dashboard definitions the app reads; the repository's unless a test class brings its own.</summary>
    protected virtual string? DashboardsDirectory => null;

    /// <summary>Waits until the app's change feed listens (it starts with the app): its caches keep nothing before.</summary>
    public async Task ChangeFeedListeningAsync()
    {
        var feed = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<ThiDua.Web.Caching.ChangeFeed>(App.Services);
        for (var i = 0; i < 50 && !feed.Listening; i++) await Task.Delay(100);
        feed.Listening.Should().BeTrue("the change feed listens once the app has started");
    }

    /// <summary>A client without credentials (the caller disposes it).</summary>
    public HttpClient NewClient() => App.GetTestClient();

    /// <summary>Extra data a test class needs beyond the seed.</summary>
    protected virtual Task Prepare(ThiDuaRuntime runtime) => Task.CompletedTask;

    /// <summary>Imports a generated file for <see cref="Prepare"/>, warnings accepted; a rejected file stops the fixture.</summary>
    protected static async Task ImportAccepted(ThiDuaRuntime runtime, ThiDua.Import.Parsing.ImportKind kind, string csv)
    {
        var outcome = await ImportAsync(runtime, kind, csv, acceptWarnings: true);
        if (!outcome.Accepted) throw new InvalidOperationException($"{kind}: {string.Join("; ", outcome.Errors)}");
    }

    public new async Task DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
        await Runtime.DisposeAsync();
        await base.DisposeAsync();
    }
}
