using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ThiDua.Search;
using ThiDua.Web.Api;
using ThiDua.Web.Errors;
using ThiDua.Web.Html;
using ThiDua.Web.Replicas;
using ThiDua.Web.Transfer;

namespace ThiDua.Web.Search;

/// <summary>
/// Maps <c>/search</c> (Tìm kiếm) and <c>GET /api/search</c>. Signed-in users of any role, as the other read pages
/// (the fallback policy); read from the standby when one is in use.
/// </summary>
public static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder app)
    {
        app.MapGet(SearchBox.Path, async ([FromQuery] string? q, [FromQuery] string? kind, [FromQuery] string? limit, HttpRequest http, ReadDatabase reads,
            CancellationToken ct) =>
        {
            var request = SearchRequest.Parse(q, kind, limit, AnalyticsQuery.AsOfOf(http));
            var results = request.Blank ? null : await SearchAsync(reads, request, ct);
            return Pages.Html(SearchPage.Render(request, results));
        }).ExcludeFromDescription();

        app.MapGet("/api/search", async Task<Ok<SearchAnswer>> ([FromQuery] string? q, [FromQuery] string? kind, [FromQuery] string? limit,
            [FromQuery] string? asOf, ReadDatabase reads, CancellationToken ct) =>
        {
            var request = SearchRequest.Parse(q, kind, limit, AnalyticsQuery.ParseAsOf(asOf));
            if (request.Blank)
                throw RequestRejectedException.BadRequest("Thiếu từ khóa tìm kiếm: hãy gửi q=mã hoặc tên (một phần cũng được) / the search text is missing: send q=a code or name, or part of one.");
            return TypedResults.Ok(SearchAnswer.Of(await SearchAsync(reads, request, ct)));
        }).WithBodyETag().WithTags("Search").WithName("Search")
          .WithSummary("Tìm đơn vị, chỉ tiêu, phong trào theo mã hoặc tên, gõ có dấu hay không dấu / find units, indicators and campaigns by code or name, diacritics and case ignored; a unit also by a name it had before (formerName), and with asOf by the name it had then")
          .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    private static Task<SearchResults> SearchAsync(ReadDatabase reads, SearchRequest request, CancellationToken ct) =>
        new RegistrySearch(reads.Runtime.DataSource).SearchAsync(request.Query, request.Limit, request.Kinds, request.AsOf, ct);
}
