using Microsoft.Extensions.Logging;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using ThiDua.Tests.Infrastructure;
using ThiDua.Web;

namespace ThiDua.Browser.Tests;

/// <summary>
/// The real app on Kestrel (127.0.0.1, a free port) against a seeded test database, and the machine's Chromium
/// driven by Playwright. No browser download: a missing /usr/bin/chromium fails the tests with what to run.
/// </summary>
public sealed class BrowserApp : ProductDatabase, IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private string _token = "";
    private readonly System.Collections.Concurrent.ConcurrentDictionary<ThiDua.Security.Role, string> _roleTokens = new();

    public WebApplication App { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public override async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException(
                $"{ChromiumPath} không có / is missing: run `bash scripts/install-prerequisites.sh` (installs Debian's chromium) and run the browser tests again.");
        await base.InitializeAsync();
        await using (var runtime = await OpenRuntimeAsync()) await ImportSeedAsync(runtime);
        // Pages need a signed-in user now: every page of these tests sends an analyst's API token.
        _token = (await new ThiDua.Security.UserStore(DataSource, TimeProvider.System).AddAsync("browser-tests", ThiDua.Security.Role.Analyst, null)).Token;
        App = await ThiDuaWebApp.BuildAsync(new ThiDuaWebOptions
        {
            ConnectionString = ConnectionString,
            Urls = "http://127.0.0.1:0",
            DashboardsDirectory = Path.Combine(SeedFiles.RepositoryRoot, "dashboards"),
            UploadsDirectory = Path.Combine(Path.GetTempPath(), "thidua-browser-uploads"),
            // test.sh shows each test's output: a line per request would bury the progress lines.
            ConfigureBuilder = b => b.Logging.SetMinimumLevel(LogLevel.Warning),
        });
        await App.StartAsync();
        BaseUrl = App.Urls.First().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    public Task<IPage> NewPageAsync(int width = 1280, int height = 900) => OpenPageAsync(_token, width, height);

    /// <summary>A page for a user of that role (a viewer or an admin sees other menus and forms than the analyst).</summary>
    public async Task<IPage> NewPageAsAsync(ThiDua.Security.Role role, int width = 1280, int height = 900)
    {
        if (!_roleTokens.TryGetValue(role, out var token))
            _roleTokens[role] = token = (await new ThiDua.Security.UserStore(DataSource, TimeProvider.System)
                .AddAsync("browser-" + role.ToString().ToLowerInvariant(), role, null)).Token;
        return await OpenPageAsync(token, width, height);
    }

    /// <summary>No one signed in: the sign-in page as a person meets it.</summary>
    public Task<IPage> NewSignedOutPageAsync(int width = 1280, int height = 900) => OpenPageAsync(null, width, height);

    private async Task<IPage> OpenPageAsync(string? token, int width, int height)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions
        {
            Locale = "vi-VN",
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ExtraHTTPHeaders = token is null ? null : new Dictionary<string, string> { ["Authorization"] = "Bearer " + token },
        });
        // Playwright's 30 s ran out once in a CI run on a loaded 2-core machine (a page that loads in 0.3 s here):
        // a wait that long says nothing about the product, a failure should.
        page.SetDefaultTimeout(90_000);
        return page;
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });

    public new async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (App is not null) await App.DisposeAsync();
        await base.DisposeAsync();
    }
}
