using ThiDua.Analytics;
using ThiDua.Awards;
using ThiDua.Periods;

namespace ThiDua.Web.Campaigns;

/// <summary>One campaign as a page shows it: the snapshot (now or as of), the period, its computed result, and the award candidates.</summary>
public sealed class CampaignView(CampaignSnapshot snapshot, YearMonth period, DateTimeOffset? asOf)
{
    private readonly Lazy<CampaignResult> _result = new(() => CampaignAnalytics.Compute(snapshot, period));
    private readonly Lazy<IReadOnlyList<AwardRow>> _awards = new(() => CampaignAnalytics.Awards(snapshot));
    private IReadOnlyDictionary<string, ThiDua.Ranking.Trends.RankMovement>? _movements;

    public CampaignSnapshot Snapshot => snapshot;
    public YearMonth Period => period;
    public DateTimeOffset? AsOf => asOf;
    public CampaignResult Result => _result.Value;
    public IReadOnlyList<AwardRow> Awards => _awards.Value;

    /// <summary>Each ranked unit's rank and score against the month before the period (trends on every ranking).</summary>
    public IReadOnlyDictionary<string, ThiDua.Ranking.Trends.RankMovement> Movements => _movements ??= ThiDua.Ranking.Trends.RankMovement.Between(
        Result.Ranking, snapshot.Campaign.Contains(period.AddMonths(-1)) ? CampaignAnalytics.Compute(snapshot, period.AddMonths(-1)).Ranking : null);

    public string UnitName(string code) => snapshot.Units.TryGetValue(code, out var u) ? u.Name : code;

    public string IndicatorName(string code) => snapshot.IndicatorName(code);

    public string FormName(string code) => snapshot.AwardForms.FirstOrDefault(f => f.Code == code)?.Name ?? code;

    /// <summary>The clusters of units with targets, in code order; "" for the no-cluster group when it exists.</summary>
    public IReadOnlyList<string> Clusters() => snapshot.Targets.Select(t => t.Unit).Distinct()
        .Select(u => snapshot.Units.TryGetValue(u, out var unit) ? unit.Cluster ?? "" : "")
        .Distinct().Order(StringComparer.Ordinal).ToList();
}
