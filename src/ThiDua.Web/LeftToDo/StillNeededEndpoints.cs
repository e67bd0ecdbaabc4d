using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ThiDua.Comparing;
using ThiDua.Web.Api;
using ThiDua.Web.Campaigns;
using ThiDua.Web.Errors;
using ThiDua.Web.Transfer;

namespace ThiDua.Web.LeftToDo;

/// <summary>
/// Maps <c>GET /api/campaigns/{c}/units/{u}/still-needed</c> (beyond the contract): the unit page's table of what is
/// left to do, for a portal that shows it elsewhere. Any signed-in role, as the unit page; <c>period</c>, <c>asOf</c>.
/// </summary>
public static class StillNeededEndpoints
{
    public static IEndpointRouteBuilder MapStillNeeded(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/campaigns/{campaign}/units/{unit}/still-needed", async Task<Ok<StillNeededAnswer>> (string campaign, string unit,
            [FromQuery] string? period, [FromQuery] string? asOf, CampaignViews views, CancellationToken ct) =>
        {
            var view = await views.LoadAsync(campaign, AnalyticsQuery.ParsePeriod(period), AnalyticsQuery.ParseAsOf(asOf), ct);
            if (UnitChoice.Parse([unit], view.Snapshot) is { Problem: { } problem }) throw RequestRejectedException.NotFound(problem);
            var column = StillNeededColumn.For(view, (u, _) => u == unit);
            var items = column is null ? [] : view.Result.Attainment.Where(r => r.Unit == unit)
                .Select(r => column.Of(r)).OfType<ThiDua.Attainment.StillNeeded.StillNeeded>()
                .Select(n => StillNeededAnswer.Item(n, column.Words(n))).ToList();
            var c = view.Snapshot.Campaign;
            return TypedResults.Ok(new StillNeededAnswer(c.Code, unit, view.Period, c.LastMonth, items));
        }).WithBodyETag().WithTags("Campaigns").WithName("StillNeeded")
            .WithSummary("Để hoàn thành chỉ tiêu / what a unit still needs by the campaign's last month, per indicator (empty at the last month)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
