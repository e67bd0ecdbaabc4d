using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ThiDua.Web.Campaigns;
using ThiDua.Web.Html;

namespace ThiDua.Web.Print;

/// <summary>Maps <c>/campaigns/{c}/print</c> (<c>?period=&amp;asOf=</c>).</summary>
public static class PrintEndpoints
{
    public static IEndpointRouteBuilder MapPrintPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/campaigns/{campaign}/print", async (string campaign, HttpRequest request, CampaignViews views, CancellationToken ct) =>
        {
            var (view, _) = await CampaignPages.LoadAsync(campaign, request, views, ct);
            return Pages.Html(PrintPage.Render(view));
        }).ExcludeFromDescription();
        return app;
    }
}
