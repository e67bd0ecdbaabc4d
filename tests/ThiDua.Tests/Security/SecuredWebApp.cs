using ThiDua.Hosting;
using ThiDua.Security;
using ThiDua.Tests.Web;

namespace ThiDua.Tests.Security;

/// <summary>The seeded web app with one user per role (password <see cref="TestUsers.Password"/>) and their API tokens.</summary>
public class SecuredWebApp : SeededWebApp
{
    public string ViewerToken { get; private set; } = "";
    public string AnalystToken { get; private set; } = "";
    public string AdminToken { get; private set; } = "";

    protected override async Task Prepare(ThiDuaRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ViewerToken = await TestUsers.AddAsync(runtime.DataSource, "viewer", Role.Viewer);
        AnalystToken = await TestUsers.AddAsync(runtime.DataSource, "analyst", Role.Analyst);
        AdminToken = await TestUsers.AddAsync(runtime.DataSource, "admin", Role.Admin);
    }

    public HttpClient ClientWith(string token) => NewClient().WithToken(token);

    /// <summary>A browser-like client: keeps cookies, does not follow redirects.</summary>
    public BrowserSession NewSession() => new(App);
}
