using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ThiDua.Tests.Infrastructure;
using ThiDua.Tests.Reliability;
using ThiDua.Web.Security;

namespace ThiDua.Tests.Security;

/// <summary>
/// A body sent without a length (chunked) cannot be refused up front: Kestrel cuts it at the limit, and the answer is
/// the same 413 "file too large" as for a body whose length says so — not a 400 "unreadable form".
/// </summary>
public sealed class ChunkedUploadLimitTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    [Fact]
    public async Task A_chunked_upload_over_the_size_limit_is_a_413_too()
    {
        await using var web = await KestrelWebApp.StartAsync(db.ConnectionString, new SecurityLimits { MaxUploadBytes = 64 * 1024 });
        using var client = web.CreateClient();
        var csv = new StringBuilder("campaign;unit;indicator;period;value\n");
        while (csv.Length < 200 * 1024) csv.Append("BK2022;BK-TTBCXB;BK22-01;2022-07;12\n");
        using var content = SecurityRequests.Csv(csv.ToString());
        await content.LoadIntoBufferAsync();
        using var chunked = new StreamContent(await content.ReadAsStreamAsync());
        chunked.Headers.ContentType = content.Headers.ContentType;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/imports/measurements?dryRun=true") { Content = chunked };
        request.Headers.TransferEncodingChunked = true;

        using var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadAsStringAsync()).Should().Contain("file is too large");
    }
}
