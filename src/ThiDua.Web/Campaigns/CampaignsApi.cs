using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Analytics.Querying;
using ThiDua.Attainment;
using ThiDua.Awards;
using ThiDua.Measurements.Submissions;
using ThiDua.Web.Replicas;
using ThiDua.Ranking;
using ThiDua.Registry;
using ThiDua.Web.Api;
using ThiDua.Web.Transfer;

namespace ThiDua.Web.Campaigns;

/// <summary><c>/api/campaigns</c> and the CLI's three questions as JSON: the same rows as <c>--format json</c>.</summary>
public static class CampaignsApi
{
    public static IEndpointRouteBuilder MapCampaignsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/campaigns").WithTags("Campaigns");

        api.MapGet("/", async Task<Ok<IReadOnlyList<CampaignSummary>>> (ReadDatabase reads, CancellationToken ct) =>
        {
            await using var conn = await reads.Runtime.DataSource.OpenConnectionAsync(ct);
            var campaigns = await RegistryQueries.CampaignsAsync(conn, ct);
            return TypedResults.Ok<IReadOnlyList<CampaignSummary>>(campaigns.Select(CampaignSummary.Of).ToList());
        }).WithBodyETag().WithName("ListCampaigns").WithSummary("Danh sách phong trào / campaigns");

        // The two singletons are taken from the host's container, not bound as parameters: a parameter from services
        // makes every request create (and dispose, under a lock) a request service scope (benchmark P4).
        var reads = app.ServiceProvider.GetRequiredService<ReadDatabase>();
        var fresh = app.ServiceProvider.GetRequiredService<FreshAnalyticsCache>();
        api.MapGet("/{campaign}/ranking", async Task<Results<Ok<IReadOnlyList<RankingRow>>, StoredJson>> (string campaign, [FromQuery] string? period, [FromQuery] string? asOf,
            CancellationToken ct) =>
        {
            // The projection's rows, served as stored, when they are fresh; otherwise computed now.
            var month = AnalyticsQuery.ParsePeriod(period);
            if (string.IsNullOrEmpty(asOf) && (fresh.Cached(campaign, month, "ranking") ?? await fresh.GetAsync(campaign, month, "ranking", ct)) is { } stored)
                return stored;
            var answer = await reads.Runtime.Analytics.RankingAsync(campaign, month, AnalyticsQuery.ParseAsOf(asOf), ct);
            return TypedResults.Ok(answer.Rows);
        }).WithName("Ranking").WithSummary("Xếp hạng trong cụm, khối / ranking (rows as `thidua ranking --format json`)").Rejections();

        api.MapGet("/{campaign}/attainment", async Task<Ok<IReadOnlyList<AttainmentRow>>> (string campaign, [FromQuery] string? period, [FromQuery] string? asOf,
            ReadDatabase reads, CancellationToken ct) =>
        {
            var answer = await reads.Runtime.Analytics.AttainmentAsync(campaign, AnalyticsQuery.ParsePeriod(period), AnalyticsQuery.ParseAsOf(asOf), ct);
            return TypedResults.Ok(answer.Rows);
        }).WithBodyETag().WithName("Attainment").WithSummary("Tỷ lệ hoàn thành / attainment (rows as `thidua attainment --format json`)").Rejections();

        // Awards are judged at the campaign's last month; a period is checked (a month of the campaign) but does not change them (as the CLI has none).
        api.MapGet("/{campaign}/awards", async Task<Ok<IReadOnlyList<AwardRow>>> (string campaign, [FromQuery] string? period, [FromQuery] string? asOf,
            ReadDatabase reads, CancellationToken ct) =>
        {
            var month = AnalyticsQuery.ParsePeriod(period);
            var answer = await reads.Runtime.Analytics.AwardsAsync(campaign, AnalyticsQuery.ParseAsOf(asOf), ct);
            // Checked as ranking and attainment check it: a month outside the campaign was answered 200 here, 400 there.
            if (month is { } m && !answer.Snapshot.Campaign.Contains(m)) throw QueryRejectedException.PeriodOutside(answer.Snapshot.Campaign, m);
            return TypedResults.Ok(answer.Rows);
        }).WithBodyETag().WithName("Awards").WithSummary("Đề xuất khen thưởng / award candidates (rows as `thidua awards --format json`)").Rejections();

        api.MapGet("/{campaign}/submissions", async Task<Ok<IReadOnlyList<SubmissionRow>>> (string campaign, [FromQuery] string? period, [FromQuery] string? asOf,
            ReadDatabase reads, CancellationToken ct) =>
        {
            var answer = await reads.Runtime.Analytics.SubmissionsAsync(campaign, AnalyticsQuery.ParsePeriod(period), AnalyticsQuery.ParseAsOf(asOf), ct);
            return TypedResults.Ok(answer.Rows);
        }).WithBodyETag().WithName("Submissions")
            .WithSummary("Tình hình báo cáo số liệu / who has sent the month's figures, and what each unit still owes (tasks and rank moves are not monthly)").Rejections();
        return app;
    }

    private static RouteHandlerBuilder Rejections(this RouteHandlerBuilder endpoint) =>
        endpoint.ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
}
