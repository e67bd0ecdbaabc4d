using ThiDua.Cli.Serving;

namespace ThiDua.Tests.Cli;

/// <summary>Which listen addresses earn <c>thidua serve</c>'s warning that passwords would cross the network in clear.</summary>
public sealed class PlainHttpWarningTests
{
    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://+:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://[::]:5080")]
    [InlineData("http://10.0.0.7:5080")]
    [InlineData("http://thidua.sotttt.gov.vn:80")]
    [InlineData("http://127.0.0.1:5080;http://0.0.0.0:5081")]
    public void Plain_http_on_an_address_other_machines_reach_is_named(string urls) =>
        ListenPorts.PlainHttpOnNetwork(urls).Should().NotBeNull().And.Match(u => urls.Contains(u, StringComparison.Ordinal));

    [Theory]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://localhost:5080")]
    [InlineData("http://[::1]:5080")]
    [InlineData("https://0.0.0.0:5443")]
    [InlineData("http://127.0.0.1:5080;https://0.0.0.0:5443")]
    public void Loopback_or_https_is_not(string urls) => ListenPorts.PlainHttpOnNetwork(urls).Should().BeNull();
}
