using Microsoft.AspNetCore.Http;
using ThiDua.Dashboards;
using ThiDua.Periods;
using ThiDua.Web.Errors;

namespace ThiDua.Web.Charts;

/// <summary>
/// The chart and page filters from the query string. <c>cluster</c> empty = every cluster, <c>-</c> = the units
/// without a cluster; <c>kind</c> is <c>collective</c> or <c>individual</c>; the rest are codes.
/// </summary>
public static class ChartSelection
{
    public const string NoCluster = "-";

    public static DashboardSelection From(HttpRequest request, string campaign, YearMonth? period, DateTimeOffset? asOf)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new DashboardSelection(campaign, period, asOf, Cluster(request.Query["cluster"]),
            Code(request.Query["indicator"]), Code(request.Query["unit"]), Code(request.Query["form"]));
    }

    public static string? Cluster(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim() == NoCluster ? "" : text.Trim();

    public static string? Code(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>The panel's <c>kind</c> word, checked.</summary>
    public static string? UnitKind(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var word = text.Trim().ToLowerInvariant();
        if (word is "collective" or "individual") return word;
        throw RequestRejectedException.BadRequest(
            $"Loại đối tượng '{text}' không hợp lệ: collective hoặc individual / kind '{text}' must be collective or individual.");
    }
}
