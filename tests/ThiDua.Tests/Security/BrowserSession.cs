using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace ThiDua.Tests.Security;

/// <summary>A cookie-keeping client on the TestServer, with the form helpers a browser would give: sign-in, anti-forgery field.</summary>
public sealed partial class BrowserSession : IDisposable
{
    private readonly HttpClient _client;

    public BrowserSession(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var server = app.GetTestServer();
        _client = new HttpClient(new CookieHandler(Cookies) { InnerHandler = server.CreateHandler() }) { BaseAddress = server.BaseAddress };
    }

    public CookieContainer Cookies { get; } = new();

    public HttpClient Client => _client;

    /// <summary>Loads a page and returns the anti-forgery token of its first form.</summary>
    public async Task<string> FormTokenAsync(string url)
    {
        var html = await _client.GetStringAsync(url);
        return TokenField().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value)
            : throw new InvalidOperationException("no anti-forgery field on " + url);
    }

    public async Task<HttpResponseMessage> SignInAsync(string name, string password, string? returnUrl = null)
    {
        var token = await FormTokenAsync("/signin");
        var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["name"] = name, ["password"] = password };
        if (returnUrl is not null) fields["returnUrl"] = returnUrl;
        return await _client.PostAsync("/signin", new FormUrlEncodedContent(fields));
    }

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    private sealed class CookieHandler(CookieContainer cookies) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var header = cookies.GetCookieHeader(request.RequestUri!);
            if (header.Length > 0) request.Headers.Add("Cookie", header);
            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var set))
                foreach (var c in set) cookies.SetCookies(request.RequestUri!, c);
            return response;
        }
    }
}
