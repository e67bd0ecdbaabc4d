using ThiDua.Awards;

namespace ThiDua.Reports.Summary;

/// <summary>An award form with its candidates in the awards output order (proposed, tie, over quota, ineligible).</summary>
public sealed record AwardFormResult(AwardForm Form, IReadOnlyList<AwardProposalLine> Candidates)
{
    public int Proposed => Candidates.Count(c => c.Status == AwardStatus.Proposed);

    /// <summary>Candidates tied at the quota place: the council (Hội đồng TĐKT) must decide between them.</summary>
    public IReadOnlyList<AwardProposalLine> TiesAtQuota => Candidates.Where(c => c.Status == AwardStatus.TieAtQuota).ToList();
}
