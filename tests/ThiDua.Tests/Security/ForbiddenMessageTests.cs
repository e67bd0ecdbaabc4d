using System.Net;
using System.Text.Json;
using ThiDua.Security;

namespace ThiDua.Tests.Security;

/// <summary>
/// A refused role is told which role it has and whom to ask: the 403 said only "your role does not allow this", so a
/// viewer sent to upload a file did not know what to ask the administrator for.
/// </summary>
public sealed class ForbiddenMessageTests(SecuredWebApp web) : IClassFixture<SecuredWebApp>
{
    [Fact]
    public async Task A_viewer_s_refused_page_and_api_call_name_the_role_and_the_way_to_another()
    {
        await new UserStore(web.DataSource, TimeProvider.System).AddAsync("chi.xem", Role.Viewer, TestUsers.Password);
        using var session = web.NewSession();
        (await session.SignInAsync("chi.xem", TestUsers.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        using var viewer = web.ClientWith(web.ViewerToken);

        var page = await session.Client.GetAsync("/imports");
        var api = await viewer.PostAsync("/api/imports/measurements", new StringContent(""));

        page.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await page.Content.ReadAsStringAsync()).Should().Contain("chi.xem: Xem, viewer").And.Contain("hãy nhờ quản trị viên đổi vai trò")
            .And.Contain("ask an administrator to change your role");
        api.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        using var json = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("detail").GetString().Should().Contain("your role (viewer: viewer) does not allow this")
            .And.Contain("thidua users role");
    }
}
