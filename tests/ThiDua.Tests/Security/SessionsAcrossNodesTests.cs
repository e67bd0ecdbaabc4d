using System.Net;
using System.Text.RegularExpressions;
using ThiDua.Security;
using ThiDua.Tests.Cli;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Security;

/// <summary>
/// Several nodes serve one database behind a load balancer, each on its own machine: whichever node answers, a browser
/// signed in stays signed in and a form made by one node is taken by another.
/// </summary>
public sealed partial class SessionsAcrossNodesTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    [Fact]
    public async Task A_browser_signs_in_through_one_node_and_is_signed_in_on_another_machines_node()
    {
        await TestUsers.AddAsync(db.DataSource, "can.bo.nut", Role.Viewer);
        // Each its own home folder, where ASP.NET Core keeps its keys unless told otherwise: two machines.
        var homes = new[] { Directory.CreateTempSubdirectory("thidua-node-a-"), Directory.CreateTempSubdirectory("thidua-node-b-") };
        try
        {
            await using var a = await ServeProcess.StartAsync(db.ConnectionString, new Dictionary<string, string?> { ["HOME"] = homes[0].FullName });
            await using var b = await ServeProcess.StartAsync(db.ConnectionString, new Dictionary<string, string?> { ["HOME"] = homes[1].FullName });
            var cookies = new CookieContainer(); // one browser: cookies belong to the host name, whichever port answers
            using var toA = Browser(cookies, a.BaseAddress);
            using var toB = Browser(cookies, b.BaseAddress);

            var form = await toA.GetStringAsync(new Uri("/signin", UriKind.Relative));
            var signIn = await toB.PostAsync(new Uri("/signin", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(TokenField().Match(form).Groups[1].Value),
                ["name"] = "can.bo.nut",
                ["password"] = TestUsers.Password,
            }));
            signIn.StatusCode.Should().BeOneOf([HttpStatusCode.Redirect, HttpStatusCode.SeeOther], "node B takes the form node A made");

            var page = await toA.GetAsync(new Uri("/", UriKind.Relative));
            page.StatusCode.Should().Be(HttpStatusCode.OK, "node A reads the session cookie node B wrote");
            (await page.Content.ReadAsStringAsync()).Should().Contain("can.bo.nut");
        }
        finally
        {
            foreach (var home in homes) home.Delete(recursive: true);
        }
    }

    private static HttpClient Browser(CookieContainer cookies, Uri node) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = node };

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
