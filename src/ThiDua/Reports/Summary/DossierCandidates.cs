using ThiDua.Awards;
using ThiDua.Awards.Deciding;

namespace ThiDua.Reports.Summary;

/// <summary>
/// Which candidates of a form get a báo cáo thành tích in the award dossier. Before the council's decision: the proposed
/// and those tied at the quota place (the council picks among them). Once a candidate's decision is recorded, only an
/// approval keeps it — a tie or a candidate over the quota decided in favour joins, a proposal rejected or deferred
/// (hoãn xét: to be considered in a later round) leaves. A candidate still undecided keeps its proposal's place.
/// </summary>
public static class DossierCandidates
{
    public static bool Included(AwardStatus status, AwardDecision? decision) => decision is { } d
        ? d == AwardDecision.Approved
        : status is AwardStatus.Proposed or AwardStatus.TieAtQuota;
}
