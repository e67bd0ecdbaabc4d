using ThiDua.Ratings;
using ThiDua.Reports.Shared;
using ThiDua.Units;

namespace ThiDua.Reports.Summary;

/// <summary>
/// The achievement summary ("tóm tắt thành tích") of one proposed (or tied) candidate, in the shape an award
/// dossier needs: who, score and place, each indicator's actual against its target, rating, initiative.
/// </summary>
/// <param name="Rank">Place in its cluster's ranking; null for a candidate without targets.</param>
public sealed record Achievement(
    Unit Unit,
    string? ParentName,
    decimal? Score,
    int? Rank,
    int Met,
    int Assigned,
    IReadOnlyList<IndicatorResultLine> Indicators,
    UnitRating? Rating,
    IReadOnlyList<AwardProposalLine> Proposals)
{
    /// <summary>The name of the unit's cluster from clusters.csv (v2), null when it has none.</summary>
    public string? ClusterName { get; init; }

    /// <summary>The name of the parent's parent (an individual's unit's own parent body), null when the parent has none:
    /// the line above the issuer in the NĐ 30 heading of an individual's báo cáo thành tích.</summary>
    public string? GrandparentName { get; init; }
}
