using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ThiDua.Web.Campaigns;
using ThiDua.Web.Html;

namespace ThiDua.Web.Registrations;

/// <summary>Maps <c>/campaigns/{c}/registrations</c> (đăng ký thi đua, v2).</summary>
public static class RegistrationEndpoints
{
    public static IEndpointRouteBuilder MapRegistrationPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/campaigns/{campaign}/registrations", async (string campaign, HttpRequest request, CampaignViews views, CancellationToken ct) =>
        {
            var (view, selection) = await CampaignPages.LoadAsync(campaign, request, views, ct);
            return Pages.Html(RegistrationPage.Render(view, selection));
        }).ExcludeFromDescription();
        return app;
    }
}
