using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Cli;

/// <summary><c>thidua serve</c> on a port already in use: one bilingual line (exit 1), no host stack trace, and a port suggested that is free.</summary>
public partial class ServePortInUseTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    [Fact]
    public async Task Serve_on_a_taken_port_says_so_in_one_line_and_suggests_a_port_that_is_free()
    {
        // The port asked for and the next one are both taken: the suggestion must not be a blind "next port".
        using var taken = Listen(0);
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        using var next = TryListen(port + 1);

        var result = await ThiDuaProcess.RunAsync(["serve", "--database", db.ConnectionString, "--urls", $"http://127.0.0.1:{port}"]);

        result.ExitCode.Should().Be(1, result.ToString());
        var output = result.Stdout + result.Stderr;
        output.Should().Contain("the address is in use").And.NotContain("fail:").And.NotContain("Hosting failed to start")
            .And.NotContain("   at ", "no stack trace");
        var suggested = int.Parse(SuggestedPort().Match(result.Stderr).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        suggested.Should().NotBe(port).And.NotBe(next is null ? -1 : port + 1);
        using var check = Listen(suggested); // free: it can be bound right now
    }

    private static TcpListener Listen(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        return listener;
    }

    private static TcpListener? TryListen(int port)
    {
        try { return Listen(port); }
        catch (SocketException) { return null; }
    }

    [GeneratedRegex(@"--urls http://127\.0\.0\.1:(\d+)")]
    private static partial Regex SuggestedPort();
}
