using System.Net;

namespace ThiDua.Tests.Security;

/// <summary>Running a job now is an admin's act; an analyst (token or not) gets a 403.</summary>
public class JobsAuthorizationTests(SecuredWebApp web) : IClassFixture<SecuredWebApp>
{
    [Fact]
    public async Task An_analyst_running_a_job_is_a_403()
    {
        using var analyst = web.ClientWith(web.AnalystToken);

        var response = await analyst.PostAsync("/jobs/catch-up-projections/run", new StringContent(""));

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_admin_may_ask_but_a_form_post_without_its_antiforgery_token_is_refused()
    {
        using var admin = web.ClientWith(web.AdminToken);

        var response = await admin.PostAsync("/jobs/catch-up-projections/run", new FormUrlEncodedContent([]));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }
}
