namespace ThiDua.Campaigns;

/// <summary>thường xuyên (annual) or theo đợt/chuyên đề (special).</summary>
public enum CampaignKind
{
    Annual,
    Special,
}
