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

    /// <summary>The selection, each named cluster, indicator, unit and form checked against the campaign (404 when it has none such).</summary>
    public static DashboardSelection From(HttpRequest request, Analytics.CampaignSnapshot snapshot, YearMonth? period, DateTimeOffset? asOf)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(snapshot);
        var selection = new DashboardSelection(snapshot.Campaign.Code, period, asOf, Cluster(request.Query["cluster"]),
            Code(request.Query["indicator"]), Code(request.Query["unit"]), Code(request.Query["form"]));
        var c = snapshot.Campaign.Code;
        if (selection.Cluster is { Length: > 0 } cluster && !snapshot.Units.Values.Any(u => u.Cluster == cluster))
            throw snapshot.ClusterName(cluster) is { } name ? Emptied(c, cluster, name) : Missing($"cụm, khối '{cluster}'", $"cluster '{cluster}'", c);
        if (selection.Indicator is { } indicator && !snapshot.Indicators.Any(i => i.Code == indicator))
            throw Missing($"chỉ tiêu '{indicator}'", $"indicator '{indicator}'", c);
        if (selection.Unit is { } unit && !snapshot.Targets.Any(t => t.Unit == unit) && !snapshot.Ratings.Any(r => r.Unit == unit))
            throw Missing($"đơn vị '{unit}'", $"unit '{unit}'", c);
        if (selection.Form is { } form && !snapshot.AwardForms.Any(f => f.Code == form))
            throw Missing($"hình thức khen thưởng '{form}'", $"award form '{form}'", c);
        return selection;
    }

    private static RequestRejectedException Missing(string vi, string en, string campaign) =>
        RequestRejectedException.NotFound($"Phong trào {campaign} không có {vi} / campaign {campaign} has no {en}.");

    // A cụm named in clusters.csv without a unit at the time asked: a kept link after a restructuring moved its units,
    // not a mistyped code — say so, and how to see it as it was.
    private static RequestRejectedException Emptied(string campaign, string cluster, string name)
    {
        var heading = Ranking.RankingGroupName.Cluster(cluster, name);
        return RequestRejectedException.NotFound(
            $"Phong trào {campaign} hiện không có đơn vị nào trong {heading} (tính đến thời điểm đang xem): các đơn vị của cụm, khối này có thể "
            + "đã được chuyển sang cụm, khối khác. Chọn cụm, khối khác, hoặc xem số liệu tính đến một thời điểm trước khi chuyển (ô 'Số liệu tính đến', asOf) / "
            + $"campaign {campaign} has no unit in cluster {name} ({cluster}) at the time asked: its units may have moved to another cluster. "
            + "Choose another cluster, or view the figures as of a time before the move (asOf).");
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
