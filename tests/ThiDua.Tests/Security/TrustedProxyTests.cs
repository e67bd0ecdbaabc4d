using System.Net;
using ThiDua.Tests.Cli;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Security;

/// <summary>
/// Behind a reverse proxy every request arrives from the proxy: only with THIDUA_TRUSTED_PROXIES naming it does the
/// node believe the client address and scheme the proxy forwards — and from no one else.
/// </summary>
public sealed class TrustedProxyTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    // SecurityLimits' default: sign-in attempts per client address and minute.
    private const int PerAddress = 60;

    [Fact]
    public async Task Behind_a_trusted_proxy_each_office_client_has_its_own_sign_in_limit_and_https_cookies_are_secure()
    {
        await using var serve = await ServeProcess.StartAsync(db.ConnectionString, new Dictionary<string, string?> { ["THIDUA_TRUSTED_PROXIES"] = "127.0.0.1, ::1" });
        using var proxy = new HttpClient { BaseAddress = serve.BaseAddress };

        var clients = await SignInsAsync(proxy, PerAddress + 1, i => $"10.1.0.{i + 1}");
        var oneClient = await SignInsAsync(proxy, PerAddress + 1, _ => "10.1.1.7");

        clients.Should().NotContain(HttpStatusCode.TooManyRequests, "61 colleagues signing in through the proxy are 61 addresses");
        oneClient[^1].Should().Be(HttpStatusCode.TooManyRequests, "one client's 61st attempt in a minute is still refused");
        (await AntiforgeryCookieAsync(proxy, "https")).Should().Contain("secure", "the proxy took the request over HTTPS");
    }

    [Fact]
    public async Task Without_the_setting_forwarded_headers_are_not_believed()
    {
        await using var serve = await ServeProcess.StartAsync(db.ConnectionString);
        using var client = new HttpClient { BaseAddress = serve.BaseAddress };

        var statuses = await SignInsAsync(client, PerAddress + 1, i => $"10.2.0.{i + 1}");

        statuses[^1].Should().Be(HttpStatusCode.TooManyRequests, "a client cannot give itself another address");
        (await AntiforgeryCookieAsync(client, "https")).Should().NotContain("secure");
    }

    [Fact]
    public async Task A_proxy_that_is_not_an_address_is_a_usage_error_before_anything_starts()
    {
        var result = await ThiDuaProcess.RunAsync(["serve", "--database", db.ConnectionString, "--urls", "http://127.0.0.1:0"],
            new Dictionary<string, string?> { ["THIDUA_TRUSTED_PROXIES"] = "10.0.0.5, nginx-1" });

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("THIDUA_TRUSTED_PROXIES").And.Contain("'nginx-1'").And.Contain("10.0.0.0/24");
    }

    // Sign-in posts without a form token: refused (400) after the limiter has counted them, each under its own name.
    private static async Task<List<HttpStatusCode>> SignInsAsync(HttpClient client, int count, Func<int, string> forwardedFor)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/signin")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = $"nguoi{i}", ["password"] = "x" }),
            };
            request.Headers.Add("X-Forwarded-For", forwardedFor(i));
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }
        return statuses;
    }

    private static async Task<string> AntiforgeryCookieAsync(HttpClient client, string proto)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/signin");
        request.Headers.Add("X-Forwarded-Proto", proto);
        using var response = await client.SendAsync(request);
        return string.Join('\n', response.Headers.GetValues("Set-Cookie").Where(c => c.StartsWith("thidua.af", StringComparison.Ordinal)));
    }
}
