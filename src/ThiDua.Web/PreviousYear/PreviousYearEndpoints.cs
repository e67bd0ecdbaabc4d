using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ThiDua.PreviousYear;
using ThiDua.Web.Api;
using ThiDua.Web.Campaigns;
using ThiDua.Web.Errors;
using ThiDua.Web.Html;
using ThiDua.Web.Replicas;
using ThiDua.Web.Transfer;

namespace ThiDua.Web.PreviousYear;

/// <summary>
/// Maps <c>/campaigns/{c}/previous-year</c> (so với cùng kỳ năm trước) and <c>GET /api/campaigns/{c}/previous-year</c>,
/// the same rows as JSON. Signed-in users of any role, as the campaign page; read from the standby when one is in use.
/// </summary>
public static class PreviousYearEndpoints
{
    public static IEndpointRouteBuilder MapPreviousYear(this IEndpointRouteBuilder app)
    {
        app.MapGet("/campaigns/{campaign}/previous-year", async (string campaign, HttpRequest request, CampaignViews views, ReadDatabase reads, CancellationToken ct) =>
        {
            var (view, selection) = await CampaignPages.LoadAsync(campaign, request, views, ct);
            var comparison = await CompareAsync(view, reads, ct);
            return Pages.Html(PreviousYearPage.Render(view, selection, comparison));
        }).ExcludeFromDescription();

        app.MapGet("/api/campaigns/{campaign}/previous-year", async Task<Ok<PreviousYearComparison>> (string campaign, [FromQuery] string? period, [FromQuery] string? asOf,
            CampaignViews views, ReadDatabase reads, CancellationToken ct) =>
        {
            var view = await views.LoadAsync(campaign, AnalyticsQuery.ParsePeriod(period), AnalyticsQuery.ParseAsOf(asOf), ct);
            return TypedResults.Ok(await CompareOrNotFoundAsync(view, reads, ct));
        }).WithBodyETag().WithTags("Campaigns").WithName("PreviousYear")
            .WithSummary("So với cùng kỳ năm trước / each unit's score and rank beside the previous campaign's at the same month of the campaign (rows as `thidua ranking` of each)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>The comparison, or a 404 saying how to name the previous campaign.</summary>
    public static async Task<PreviousYearComparison> CompareOrNotFoundAsync(CampaignView view, ReadDatabase reads, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(reads);
        return await CompareAsync(view, reads, ct) ?? throw RequestRejectedException.NotFound(PreviousYearWords.NoPrevious(view.Snapshot.Campaign.Code));
    }

    // The domain's one reading (thidua previous-year's too) on the page's view. Last year's snapshot is loaded beside
    // it, not through CampaignViews, which keeps one campaign and would drop the page's.
    private static Task<PreviousYearComparison?> CompareAsync(CampaignView view, ReadDatabase reads, CancellationToken ct) =>
        PreviousYearQuery.CompareAsync(reads.Runtime, view.Snapshot, view.Period, view.Result.Ranking, view.AsOf, ct);
}
