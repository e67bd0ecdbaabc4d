using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ThiDua.Web.Replicas;
using ThiDua.Web.Campaigns;
using ThiDua.Web.Html;
using ThiDua.Web.Transfer;

namespace ThiDua.Web.Provenance;

/// <summary>The provenance pages (a ratio's calculation and history, a score's terms) and the provenance API.</summary>
public static class ProvenanceEndpoints
{
    public static IEndpointRouteBuilder MapProvenance(this IEndpointRouteBuilder app)
    {
        app.MapGet("/campaigns/{campaign}/units/{unit}/indicators/{indicator}/provenance", async (string campaign, string unit, string indicator,
            HttpRequest request, CampaignViews views, DefaultPeriods defaults, ReadDatabase reads, CancellationToken ct) =>
            Pages.Html(ProvenancePage.Render(await ProvenanceQuery.RatioAsync(campaign, unit, indicator, request, views, defaults, reads.Runtime, ct))))
            .ExcludeFromDescription();

        app.MapGet("/campaigns/{campaign}/units/{unit}/score", async (string campaign, string unit, HttpRequest request, CampaignViews views, CancellationToken ct) =>
        {
            var (view, found, score) = await ProvenanceQuery.ScoreAsync(campaign, unit, request, views, ct);
            return Pages.Html(ScorePage.Render(view, found, score));
        }).ExcludeFromDescription();

        app.MapGet("/api/campaigns/{campaign}/units/{unit}/indicators/{indicator}/provenance", async Task<Ok<ProvenanceAnswer>> (string campaign, string unit,
            string indicator, [FromQuery] string? period, [FromQuery] string? asOf, HttpRequest request, CampaignViews views, DefaultPeriods defaults, ReadDatabase reads, CancellationToken ct) =>
            TypedResults.Ok(ProvenanceAnswer.Of(await ProvenanceQuery.RatioAsync(campaign, unit, indicator, request, views, defaults, reads.Runtime, ct))))
            .WithBodyETag().WithTags("Campaigns").WithName("Provenance")
            .WithSummary("Nguồn gốc một tỷ lệ: công thức có số, các tháng, lịch sử ghi nhận (người, thời điểm, tệp, dòng) / a ratio's calculation and the history of every value behind it")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
