using ThiDua.Awards;
using ThiDua.Campaigns;
using ThiDua.Indicators;
using ThiDua.Measurements;
using ThiDua.Ratings;
using ThiDua.Targets;
using ThiDua.Units;

namespace ThiDua.Analytics;

/// <summary>
/// Everything the pure rules of SPEC §3–§4 need about one campaign, folded from events
/// (current, or as of a recorded time). Measurements are already resolved: one value per
/// (unit, indicator, month), the one recorded last.
/// </summary>
public sealed record CampaignSnapshot(
    Campaign Campaign,
    IReadOnlyDictionary<string, Unit> Units,
    IReadOnlyList<Indicator> Indicators,
    IReadOnlyList<Target> Targets,
    IReadOnlyList<Measurement> Measurements,
    IReadOnlyList<UnitRating> Ratings,
    IReadOnlyList<AwardForm> AwardForms)
{
    /// <summary>The campaign's closed months and the history of its closes and reopens (v2).</summary>
    public Periods.Locks.PeriodLocks Locks { get; init; } = Periods.Locks.PeriodLocks.None;

    /// <summary>Every council decision recorded, in order; the last per candidate stands (v2).</summary>
    public IReadOnlyList<Awards.Deciding.AwardDecisionRecord> Decisions { get; init; } = [];
    /// <summary>Every named cluster (clusters.csv, v2) by code; a unit's cluster without a row here shows as its code.</summary>
    public IReadOnlyDictionary<string, Clusters.Cluster> Clusters { get; init; } = new Dictionary<string, Clusters.Cluster>();

    /// <summary>The campaign's registrations (v2) by unit, then form (the campaign's own, form null, first).</summary>
    public IReadOnlyList<Registrations.Registration> Registrations { get; init; } = [];

    /// <summary>The name shown for <paramref name="cluster"/>, or null when it has none (or no cluster is given).</summary>
    public string? ClusterName(string? cluster) => global::ThiDua.Clusters.ClusterNames.Of(Clusters, cluster);

    /// <summary>The name of indicator <paramref name="code"/>, or the code when the campaign has no such indicator.</summary>
    public string IndicatorName(string code) => Indicators.FirstOrDefault(i => i.Code == code)?.Name ?? code;
}
