using System.Net;
using ThiDua.Security;
using ThiDua.Tests.Infrastructure;
using ThiDua.Tests.Reliability;

namespace ThiDua.Tests.Security;

/// <summary>
/// Several nodes serve one database behind a load balancer, each on its own machine: whichever node answers, a browser
/// signed in stays signed in and a form made by one node is taken by another.
/// </summary>
public sealed class SessionsAcrossNodesTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    [Fact]
    public async Task A_browser_signs_in_through_one_node_and_is_signed_in_on_another_machines_node()
    {
        await TestUsers.AddAsync(db.DataSource, "can.bo.nut", Role.Viewer);
        await using var machines = await TwoMachines.StartAsync(db.ConnectionString);

        var signIn = await SignInAsync(machines, "can.bo.nut");

        signIn.StatusCode.Should().BeOneOf([HttpStatusCode.Redirect, HttpStatusCode.SeeOther], "node B takes the form node A made");
        var page = await machines.A.GetAsync(new Uri("/", UriKind.Relative));
        page.StatusCode.Should().Be(HttpStatusCode.OK, "node A reads the session cookie node B wrote");
        (await page.Content.ReadAsStringAsync()).Should().Contain("can.bo.nut");
    }

    /// <summary>The sign-in form as node A makes it, posted to node B.</summary>
    internal static async Task<HttpResponseMessage> SignInAsync(TwoMachines machines, string name) =>
        await machines.B.PostAsync(new Uri("/signin", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await TwoMachines.FormTokenAsync(machines.A, "/signin"),
            ["name"] = name,
            ["password"] = TestUsers.Password,
        }));
}
