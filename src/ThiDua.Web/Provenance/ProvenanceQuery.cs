using Microsoft.AspNetCore.Http;
using ThiDua.Analytics.Querying;
using ThiDua.Attainment;
using ThiDua.Hosting;
using ThiDua.Provenance.Explaining;
using ThiDua.Provenance.History;
using ThiDua.Registry;
using ThiDua.Targets;
using ThiDua.Units;
using ThiDua.Web.Api;
using ThiDua.Web.Campaigns;
using ThiDua.Web.Errors;

namespace ThiDua.Web.Provenance;

/// <summary>
/// Explains a unit's ratio (from the pair's own rows, or as of a time from the campaign's view) or its score (from the
/// campaign as its pages load it: period, as-of, the kept view).
/// </summary>
public static class ProvenanceQuery
{
    public static async Task<ProvenanceReport> RatioAsync(string campaign, string unit, string indicator, HttpRequest request,
        CampaignViews views, DefaultPeriods defaults, ThiDuaRuntime runtime, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(defaults);
        // The present reads only the pair's rows; "as of" (folded from the events) and the page filters a whole view
        // checks (cluster, unit, …) still go through the campaign's view.
        var view = AnalyticsQuery.From(request) is { AsOf: null } query && !Filtered.Any(request.Query.ContainsKey)
            ? await PairViewAsync(campaign, unit, indicator, query.Period, defaults, runtime, ct)
            : (await CampaignPages.LoadAsync(campaign, request, views, ct)).Item1;
        FindUnit(view, unit);
        var target = view.Snapshot.Targets.FirstOrDefault(t => t.Unit == unit && t.Indicator == indicator)
            ?? throw RequestRejectedException.NotFound(
                $"Đơn vị '{unit}' không được giao chỉ tiêu '{indicator}' trong phong trào {campaign} / unit '{unit}' has no target for indicator '{indicator}' in campaign {campaign}.");
        var changes = await new MeasurementTrail(runtime.DataSource, runtime.Types).ReadAsync(campaign, unit, indicator, view.AsOf, ct);
        return new ProvenanceReport(view, RatioExplainer.Explain(view.Snapshot, History(view, m => m.Unit == unit && m.Indicator == indicator), target, view.Period), changes);
    }

    public static async Task<(CampaignView View, Unit Unit, ScoreExplanation Score)> ScoreAsync(string campaign, string unit, HttpRequest request,
        CampaignViews views, CancellationToken ct)
    {
        var (view, _) = await CampaignPages.LoadAsync(campaign, request, views, ct);
        var found = FindUnit(view, unit);
        var targets = view.Snapshot.Targets.Where(t => t.Unit == unit).OrderBy(t => t.Indicator, StringComparer.Ordinal).ToList();
        if (targets.Count == 0)
            throw RequestRejectedException.NotFound(
                $"Đơn vị '{unit}' chưa được giao chỉ tiêu nào trong phong trào {campaign}, nên không có điểm / unit '{unit}' has no targets in campaign {campaign}, so no score.");
        var history = History(view, m => m.Unit == unit);
        return (view, found, ScoreExplanation.Of(unit, targets.Select(t => RatioExplainer.Explain(view.Snapshot, history, t, view.Period)).ToList()));
    }

    private static readonly string[] Filtered = ["cluster", "indicator", "unit", "form"];

    private static async Task<CampaignView> PairViewAsync(string campaign, string unit, string indicator, ThiDua.Periods.YearMonth? period,
        DefaultPeriods defaults, ThiDuaRuntime runtime, CancellationToken ct)
    {
        var snapshot = await PairSnapshot.LoadAsync(runtime.DataSource, campaign, unit, indicator, ct) ?? throw QueryRejectedException.UnknownCampaign(campaign);
        var p = period ?? await defaults.OfAsync(snapshot.Campaign, ct);
        if (!snapshot.Campaign.Contains(p)) throw QueryRejectedException.PeriodOutside(snapshot.Campaign, p);
        return new CampaignView(snapshot, p, null);
    }

    // A unit that has ended by the period has no attainment row then (AttainmentCalculator), so nothing to explain:
    // the pages gave it a ratio and a score for months after its merger, counting figures that count for nothing.
    private static Unit FindUnit(CampaignView view, string unit)
    {
        var found = view.Snapshot.Units.GetValueOrDefault(unit)
            ?? throw RequestRejectedException.NotFound($"Không có đơn vị '{unit}' / unit '{unit}' does not exist.");
        if (found.Ended is { } ended && !found.ExistsAt(view.Period))
            throw RequestRejectedException.NotFound(
                $"Đơn vị '{unit}' ({found.Name}) {ThiDua.Formatting.UnitEndWords.Notice(ended)}, nên không có kết quả "
                + $"{ThiDua.Formatting.VietnameseDates.Month(view.Period)}: chọn một kỳ trước đó / unit '{unit}' ended in {ended} (merged, dissolved), so it has no result for {view.Period}: pick an earlier period.");
        return found;
    }

    // Only the unit's readings are grouped: a 1M-measurement campaign is scanned once, not regrouped.
    private static MeasurementHistory History(CampaignView view, Func<ThiDua.Measurements.Measurement, bool> keep) =>
        new(view.Snapshot.Measurements.Where(keep));
}
