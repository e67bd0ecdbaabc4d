namespace ThiDua.Charts;

/// <summary>Status of an award candidate as drawn in charts (SPEC §4 allocation).</summary>
public enum ChartAwardStatus
{
    Proposed,
    TieAtQuota,
    EligibleOverQuota,
    Ineligible,
}
