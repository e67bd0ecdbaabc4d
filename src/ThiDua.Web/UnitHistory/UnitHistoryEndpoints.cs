using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ThiDua.UnitHistory;
using ThiDua.Web.Api;
using ThiDua.Web.Errors;
using ThiDua.Web.Html;
using ThiDua.Web.Replicas;
using ThiDua.Web.Transfer;

namespace ThiDua.Web.UnitHistory;

/// <summary>
/// Maps <c>/units/{u}</c> (quá trình thi đua) and <c>GET /api/units/{u}/history</c>, its rows as JSON. Signed-in users
/// of any role, as the campaign's unit page (the fallback policy); read from the standby when one is in use.
/// </summary>
public static class UnitHistoryEndpoints
{
    public static IEndpointRouteBuilder MapUnitHistory(this IEndpointRouteBuilder app)
    {
        app.MapGet("/units/{unit}", async (string unit, HttpRequest request, ReadDatabase reads, CancellationToken ct) =>
            Pages.Html(UnitHistoryPage.Render(await LoadAsync(reads, unit, AnalyticsQuery.From(request).AsOf, ct)))).ExcludeFromDescription();

        app.MapGet("/api/units/{unit}/history", async Task<Ok<IReadOnlyList<UnitHistoryRow>>> (string unit, [FromQuery] string? asOf, ReadDatabase reads,
            CancellationToken ct) => TypedResults.Ok((await LoadAsync(reads, unit, AnalyticsQuery.ParseAsOf(asOf), ct)).Rows))
            .WithBodyETag().WithTags("Units").WithName("UnitHistory")
            .WithSummary("Quá trình thi đua của đơn vị / a unit's record across campaigns, newest first (score and rank as `thidua ranking`, awards as `thidua awards`)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<UnitRecord> LoadAsync(ReadDatabase reads, string unit, DateTimeOffset? asOf, CancellationToken ct)
    {
        var runtime = reads.Runtime;
        var query = new UnitHistoryQuery(runtime.DataSource, runtime.Snapshots, runtime.Reader);
        if (await query.LoadAsync(unit, asOf, ct) is { } record) return record;
        // A mistyped link (other letter case, a letter wrong) is told the code meant, as an unknown campaign is.
        throw RequestRejectedException.NotFound(UnitHistoryWords.NotFound(unit, asOf, await query.GuessAsync(unit, ct)));
    }
}
