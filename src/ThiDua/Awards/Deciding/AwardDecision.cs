namespace ThiDua.Awards.Deciding;

/// <summary>The council's (Hội đồng Thi đua - Khen thưởng) or the competent authority's answer to a proposal.</summary>
public enum AwardDecision
{
    /// <summary>đồng ý</summary>
    Approved,
    /// <summary>không đồng ý</summary>
    Rejected,
    /// <summary>hoãn xét</summary>
    Deferred,
}
