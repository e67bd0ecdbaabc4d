using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using ThiDua.Tests.Infrastructure;
using ThiDua.Tests.Reliability;

namespace ThiDua.Tests.Security;

/// <summary>Requests Kestrel itself refuses (before the app) answer with the bilingual ProblemDetails, not an empty 400.</summary>
public sealed class KestrelRejectionTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    [Theory]
    [InlineData("GET /campaigns/a%00b HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")]
    [InlineData("GET /api/campaigns HTTP/1.1\r\nHost: 127.0.0.1\r\nNo colon here\r\n\r\n")]
    [InlineData("GET /a b c HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")]
    public async Task A_request_Kestrel_refuses_gets_the_bilingual_answer(string request)
    {
        await using var web = await KestrelWebApp.StartAsync(db.ConnectionString);

        var (head, body) = await SendRawAsync(web.Address, request);

        head.Should().StartWith("HTTP/1.1 400 ");
        head.Should().Contain("Content-Type: application/problem+json");
        var detail = (string)JsonNode.Parse(body)!["detail"]!;
        detail.Should().Contain("Yêu cầu không hợp lệ").And.Contain("%00").And.Contain("invalid request");
    }

    [Fact]
    public async Task Answers_the_app_gives_on_the_same_connection_are_untouched()
    {
        await using var web = await KestrelWebApp.StartAsync(db.ConnectionString);
        using var client = web.CreateClient();

        var ok = await client.GetAsync("/api/campaigns");
        var missing = await client.GetAsync("/api/campaigns/NO-SUCH");

        ok.StatusCode.Should().Be(HttpStatusCode.OK);
        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
        ((string)JsonNode.Parse(await missing.Content.ReadAsStringAsync())!["detail"]!).Should().Contain("NO-SUCH");
    }

    private static async Task<(string Head, string Body)> SendRawAsync(Uri address, string request)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var all = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30)); // Kestrel closes after a rejection
        var split = all.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return (all[..split], all[(split + 4)..]);
    }
}
