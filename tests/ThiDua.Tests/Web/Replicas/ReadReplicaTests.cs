using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Npgsql;
using ThiDua.Analytics.Projecting;
using ThiDua.Hosting;
using ThiDua.Security;
using ThiDua.Tests.Infrastructure;
using ThiDua.Tests.Reliability;
using ThiDua.Tests.Security;
using ThiDua.Web;
using ThiDua.Web.Replicas;
using Xunit.Abstractions;

namespace ThiDua.Tests.Web.Replicas;

/// <summary>
/// A node serving with <c>--read-database</c> on a real hot standby: pages and GET APIs come from the standby (seen by
/// holding its replay: the node keeps answering the data of before an import the primary has), with the lag said on
/// the page; imports and token checks go to the primary; a stopped standby costs no error, only a banner and one log
/// line, and the node goes back to it when it returns.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed partial class ReadReplicaTests(ITestOutputHelper output)
{
    private const string Campaign = "BK2022";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_node_reads_pages_from_the_standby_says_its_lag_never_keeps_pre_import_data_and_falls_back_to_the_primary_while_it_is_stopped()
    {
        await using var pair = await PrimaryAndStandby.StartAsync("replica");
        await using var runtime = await ThiDuaRuntime.OpenAsync(pair.PrimaryConnectionString);
        await ProductDatabase.ImportSeedAsync(runtime);
        await runtime.Daemon.CatchUpAsync();
        var analyst = await TestUsers.AddAsync(runtime.DataSource, "analyst", Role.Analyst);
        var viewer = await TestUsers.AddAsync(runtime.DataSource, "viewer", Role.Viewer);
        var logs = new CapturedLogs();
        await using var app = await ThiDuaWebApp.BuildAsync(new ThiDuaWebOptions
        {
            ConnectionString = pair.PrimaryConnectionString,
            ReadConnectionString = pair.StandbyConnectionString,
            Urls = "http://127.0.0.1:0",
            DashboardsDirectory = Path.Combine(SeedFiles.RepositoryRoot, "dashboards"),
            UploadsDirectory = Path.Combine(Path.GetTempPath(), "thidua-test-uploads"),
            ConfigureBuilder = b => b.Logging.SetMinimumLevel(LogLevel.Warning).AddProvider(logs),
        });
        await app.StartAsync();
        // Reads from a client that keeps no cookies; the import from one that does, as a browser would.
        using var client = Client(app, keepsCookies: false).WithToken(analyst);
        using var viewerClient = Client(app, keepsCookies: false).WithToken(viewer);
        var writerCookies = new CookieContainer();
        using var writer = Client(app, keepsCookies: true, writerCookies).WithToken(analyst);

        // 1. The standby has replayed the seed: reads go to it, no banner.
        await Eventually.WaitUntilAsync(async () => (await GetAsync(client, RankingPath)).From == "replica", Deadline, "reads from the standby");
        var before = await GetAsync(client, RankingPath);
        var pageBefore = await GetAsync(client, PagePath);
        pageBefore.Notice.Should().BeNull("a standby in step is not worth a line");
        (await GetAsync(viewerClient, RankingPath)).Status.Should().Be(HttpStatusCode.OK);

        // 2. Replay held; an import through the node lands on the primary (a standby would refuse the write).
        await pair.PauseReplayAsync();
        using (var form = new MultipartFormDataContent())
        {
            form.Add(new StringContent(SeedCorrections.Csv(Campaign, 0, rows: 30)), "file", "corrections.csv");
            var import = await writer.PostAsync("/api/imports/measurements?acceptWarnings=1", form);
            import.StatusCode.Should().Be(HttpStatusCode.OK, await import.Content.ReadAsStringAsync());
        }
        await runtime.Daemon.CatchUpAsync();
        var own = await GetAsync(writer, PagePath);
        // Once seen under heavy load (not reproduced): the writer read from the standby. The message says what it held.
        var wrote = writerCookies.GetCookies(new Uri(app.Urls.Single()))[OwnWrites.Cookie]?.Value ?? "(no cookie)";
        own.From.Should().Be("primary", $"who has just imported reads from the primary until the standby has replayed the import (cookie {OwnWrites.Cookie}={wrote}, lag header {own.Lag ?? "none"})");
        own.Main.Should().NotBe(pageBefore.Main);
        var onPrimary = await StoredAnalytics.FreshJsonAsync(runtime.DataSource, Campaign, null, "ranking");
        onPrimary.Should().NotBe(before.Body, "the corrections change the ranking");
        // A token revoked on the primary is refused (as soon as its notification arrives), though the standby, held,
        // will never replay the revocation while this waits.
        await new UserStore(runtime.DataSource, TimeProvider.System).RevokeAsync("viewer");
        await Eventually.WaitUntilAsync(async () => (await GetAsync(viewerClient, RankingPath)).Status == HttpStatusCode.Unauthorized,
            TimeSpan.FromSeconds(5), "the revoked token refused");

        // 3. The node still answers the standby's data — the data of before the import — and, once it is 5 s behind, says so.
        var paused = await GetAsync(client, RankingPath);
        paused.From.Should().Be("replica");
        paused.Body.Should().Be(before.Body, "the standby has not replayed the import");
        await Eventually.WaitUntilAsync(async () => (await GetAsync(client, PagePath)).Notice?.Contains("chậm khoảng", StringComparison.Ordinal) == true,
            Deadline, "the lag notice on the page");
        var lagging = await GetAsync(client, PagePath);
        output.WriteLine($"while paused: {lagging.Notice}");
        lagging.Main.Should().Be(pageBefore.Main, "the page is read from the standby, still before the import");
        int.Parse(lagging.Lag!, System.Globalization.CultureInfo.InvariantCulture).Should().BeGreaterThanOrEqualTo(5);
        (await GetAsync(client, RankingPath)).Body.Should().Be(before.Body, "an answer read during the lag was not kept as fresh");

        // 4. Replay resumes: the new data shows, and stays (no answer cached from before the import survives).
        await pair.ResumeReplayAsync();
        await Eventually.WaitUntilAsync(async () => (await GetAsync(client, RankingPath)).Body == onPrimary, Deadline, "the import read from the standby");
        await Eventually.WaitUntilAsync(async () => (await GetAsync(client, PagePath)) is { Notice: null } p && p.Main != pageBefore.Main,
            Deadline, "the page with the import and without the lag notice");
        await Eventually.WaitUntilAsync(async () => (await GetAsync(writer, RankingPath)).From == "replica", Deadline, "the importer back on the standby");
        for (var i = 0; i < 5; i++)
        {
            var again = await GetAsync(client, RankingPath);
            again.From.Should().Be("replica");
            again.Body.Should().Be(onPrimary);
            (await GetAsync(client, PagePath)).Main.Should().NotBe(pageBefore.Main);
        }

        // 5. Standby stopped: every page and API still answers, from the primary, with the fallback notice; one log line.
        pair.StopStandby();
        for (var i = 0; i < 6; i++)
        {
            var page = await GetAsync(client, PagePath);
            page.Status.Should().Be(HttpStatusCode.OK);
            var ranking = await GetAsync(client, RankingPath);
            ranking.Status.Should().Be(HttpStatusCode.OK);
            ranking.Body.Should().Be(onPrimary);
            if (i > 0) page.Notice.Should().Contain("không kết nối được").And.Contain("máy chủ chính");
            ranking.From.Should().Be("primary");
            await Task.Delay(300);
        }
        logs.Messages.Count(m => m.Contains("Read replica unreachable", StringComparison.Ordinal)).Should().Be(1, "one line per outage, not per request");

        // 6. Standby back: the node reads from it again and says so once in the log.
        pair.StartStandby();
        await Eventually.WaitUntilAsync(async () => (await GetAsync(client, PagePath)) is { From: "replica", Notice: null }, Deadline, "back on the standby");
        logs.Messages.Count(m => m.Contains("Read replica in use again", StringComparison.Ordinal)).Should().Be(1);
        (await GetAsync(client, RankingPath)).Body.Should().Be(onPrimary);
        await app.StopAsync();
    }

    private static HttpClient Client(WebApplication app, bool keepsCookies, CookieContainer? cookies = null) =>
        new(new HttpClientHandler { UseCookies = keepsCookies, CookieContainer = cookies ?? new CookieContainer() })
        {
            BaseAddress = new Uri(app.Urls.Single()), Timeout = Deadline,
        };

    private static string RankingPath => $"/api/campaigns/{Campaign}/ranking";

    private static string PagePath => $"/campaigns/{Campaign}";

    private static async Task<Answer> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        var from = response.Headers.TryGetValues(ReadRouting.ReadFromHeader, out var f) ? f.Single() : null;
        var lag = response.Headers.TryGetValues(ReadRouting.LagHeader, out var l) ? l.Single() : null;
        var notice = NoticePattern().Match(body) is { Success: true } m ? m.Groups[1].Value : null;
        var main = MainPattern().Match(body) is { Success: true } mm ? NoticePattern().Replace(mm.Groups[1].Value, "") : null;
        return new Answer(response.StatusCode, body, from, lag, notice, main);
    }

    private sealed record Answer(HttpStatusCode Status, string Body, string? From, string? Lag, string? Notice, string? Main);

    [GeneratedRegex("<p class=\"notice warning replica\"[^>]*>(.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex NoticePattern();

    [GeneratedRegex("<main[^>]*>(.*)</main>", RegexOptions.Singleline)]
    private static partial Regex MainPattern();
}
