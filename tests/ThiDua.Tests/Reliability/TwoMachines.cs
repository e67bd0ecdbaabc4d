using System.Net;
using System.Text.RegularExpressions;

namespace ThiDua.Tests.Reliability;

/// <summary>
/// Two <c>thidua serve</c> nodes on one database as if on two machines (each its own home and temp folder, where
/// ASP.NET Core and .NET keep what is local), and one browser that a load balancer sends to either.
/// </summary>
public sealed partial class TwoMachines : IAsyncDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("thidua-two-machines-");
    private readonly CookieContainer _cookies = new(); // cookies belong to the host name, whichever port answers
    private readonly List<Cli.ServeProcess> _nodes = [];
    private readonly List<HttpClient> _clients = [];

    /// <summary>Starts both; <paramref name="shared"/> is set for both (a folder on shared storage, say).</summary>
    public static async Task<TwoMachines> StartAsync(string connectionString, IReadOnlyDictionary<string, string?>? shared = null)
    {
        var machines = new TwoMachines();
        foreach (var name in new[] { "a", "b" })
        {
            var environment = new Dictionary<string, string?>(shared ?? new Dictionary<string, string?>())
            {
                ["HOME"] = machines._root.CreateSubdirectory($"home-{name}").FullName,
                ["TMPDIR"] = machines._root.CreateSubdirectory($"tmp-{name}").FullName,
            };
            var node = await Cli.ServeProcess.StartAsync(connectionString, environment);
            machines._nodes.Add(node);
            machines._clients.Add(new HttpClient(new HttpClientHandler { CookieContainer = machines._cookies, AllowAutoRedirect = false }) { BaseAddress = node.BaseAddress });
        }
        return machines;
    }

    public string Root => _root.FullName;

    /// <summary>The browser, its request sent to node A.</summary>
    public HttpClient A => _clients[0];

    /// <summary>The same browser (same cookies), its request sent to node B.</summary>
    public HttpClient B => _clients[1];

    /// <summary>The anti-forgery field of the first form on the page.</summary>
    public static async Task<string> FormTokenAsync(HttpClient node, string page)
    {
        ArgumentNullException.ThrowIfNull(node);
        return TokenIn(await node.GetStringAsync(new Uri(page, UriKind.Relative)));
    }

    /// <summary>The anti-forgery field of the first form in <paramref name="html"/>.</summary>
    public static string TokenIn(string html) => WebUtility.HtmlDecode(TokenField().Match(html).Groups[1].Value);

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients) client.Dispose();
        foreach (var node in _nodes) await node.DisposeAsync();
        _root.Delete(recursive: true);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
