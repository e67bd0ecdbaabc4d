using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ThiDua.Comparing;
using ThiDua.Web.Api;
using ThiDua.Web.Campaigns;
using ThiDua.Web.Errors;
using ThiDua.Web.Html;
using ThiDua.Web.Transfer;

namespace ThiDua.Web.Comparing;

/// <summary>
/// Maps <c>/campaigns/{c}/compare</c> (so sánh đơn vị) and <c>GET /api/campaigns/{c}/compare</c>, the same as JSON.
/// Signed-in users of any role, as the campaign page; read from the standby when one is in use (the campaign's view).
/// </summary>
public static class UnitComparisonEndpoints
{
    public static IEndpointRouteBuilder MapUnitComparison(this IEndpointRouteBuilder app)
    {
        app.MapGet("/campaigns/{campaign}/compare", async (string campaign, HttpRequest request, CampaignViews views, CancellationToken ct) =>
        {
            var (view, selection) = await CampaignPages.LoadAsync(campaign, request, views, ct);
            var units = Chosen(request.Query["units"], view, allowNone: true);
            return Pages.Html(UnitComparisonPage.Render(view, selection, UnitComparison.Of(view.Snapshot, view.Result, units)));
        }).ExcludeFromDescription();

        app.MapGet("/api/campaigns/{campaign}/compare", async Task<Ok<UnitComparison>> (string campaign, [FromQuery] string? units, [FromQuery] string? period,
            [FromQuery] string? asOf, HttpRequest request, CampaignViews views, CancellationToken ct) =>
        {
            var view = await views.LoadAsync(campaign, AnalyticsQuery.ParsePeriod(period), AnalyticsQuery.ParseAsOf(asOf), ct);
            return TypedResults.Ok(UnitComparison.Of(view.Snapshot, view.Result, Chosen(request.Query["units"], view, allowNone: false)));
        }).WithBodyETag().WithTags("Campaigns").WithName("UnitComparison")
            .WithSummary("So sánh đơn vị / up to 6 units side by side at a period: each one's ranking row and every indicator's attainment row (units=A,B,…)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>The units asked for, or the 404/400 saying what is wrong with the choice.</summary>
    public static IReadOnlyList<string> Chosen(IEnumerable<string?> values, CampaignView view, bool allowNone)
    {
        var choice = UnitChoice.Parse(values, view.Snapshot);
        if (choice.Problem is { } problem)
            throw choice.Unknown ? RequestRejectedException.NotFound(problem) : RequestRejectedException.BadRequest(problem);
        if (!allowNone && choice.Units.Count == 0)
            throw RequestRejectedException.BadRequest($"Chọn ít nhất một đơn vị: units=MÃ1,MÃ2 (tối đa {UnitComparison.MaxUnits}) / "
                + $"choose at least one unit: units=CODE1,CODE2 (at most {UnitComparison.MaxUnits}).");
        return choice.Units;
    }
}
