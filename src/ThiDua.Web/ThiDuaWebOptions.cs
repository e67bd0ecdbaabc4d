using Microsoft.AspNetCore.Builder;

namespace ThiDua.Web;

/// <summary>How to host the web app: the database, where to listen, and where the dashboards and uploads live.</summary>
public sealed record ThiDuaWebOptions
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Npgsql connection string of the product database.</summary>
    public required string ConnectionString { get; init; }

    /// <summary>
    /// Npgsql connection string of a hot standby of that database (<c>--read-database</c>): pages and GET APIs read
    /// from it while it is usable; null = everything on <see cref="ConnectionString"/>. See docs/replicas.md.
    /// </summary>
    public string? ReadConnectionString { get; init; }

    /// <summary>Semicolon-separated listen URLs; loopback only by default (SPEC §5).</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>The database is the embedded local cluster (<c>thidua db start|stop</c>): the outage answer says how to start it.</summary>
    public bool LocalDatabase { get; init; }

    /// <summary>Folder of dashboard definitions; null = <see cref="ThiDua.Dashboards.DashboardCatalog.Default"/>.</summary>
    public string? DashboardsDirectory { get; init; }

    /// <summary>Where uploaded CSV files wait between the dry run and the confirmation; null = a folder under the system temp.</summary>
    public string? UploadsDirectory { get; init; }

    /// <summary>Reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed (<see cref="Security.TrustedProxies"/>); empty = none.</summary>
    public IReadOnlyList<System.Net.IPNetwork> TrustedProxies { get; init; } = [];

    /// <summary>Clock of the runtime (tests pass a manual one).</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>Upload size, rows per imported file, sign-in attempts per minute, session length.</summary>
    public Security.SecurityLimits Limits { get; init; } = new();

    /// <summary>Last word on the builder: tests swap Kestrel for the in-memory TestServer.</summary>
    public Action<WebApplicationBuilder>? ConfigureBuilder { get; init; }
}
