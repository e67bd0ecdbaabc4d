using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ThiDua.Web.Campaigns;
using ThiDua.Web.Html;

namespace ThiDua.Web.Submissions;

/// <summary>Maps <c>/campaigns/{c}/submissions</c> (tình hình báo cáo số liệu).</summary>
public static class SubmissionEndpoints
{
    public static IEndpointRouteBuilder MapSubmissionPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/campaigns/{campaign}/submissions", async (string campaign, HttpRequest request, CampaignViews views, CancellationToken ct) =>
        {
            var (view, selection) = await CampaignPages.LoadAsync(campaign, request, views, ct);
            return Pages.Html(SubmissionsPage.Render(view, selection));
        }).ExcludeFromDescription();
        return app;
    }
}
