using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ThiDua.Web.Campaigns;
using ThiDua.Web.Html;

namespace ThiDua.Web.Tree;

/// <summary>Maps <c>/campaigns/{c}/tree</c>.</summary>
public static class TreeEndpoints
{
    public static IEndpointRouteBuilder MapTreePages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/campaigns/{campaign}/tree", async (string campaign, HttpRequest request, CampaignViews views, CancellationToken ct) =>
        {
            var (view, selection) = await CampaignPages.LoadAsync(campaign, request, views, ct);
            return Pages.Html(TreePage.Render(view, selection));
        }).ExcludeFromDescription();
        return app;
    }
}
