namespace ThiDua.Awards;

/// <summary>Who may receive an award form.</summary>
public enum AwardRecipient
{
    Collective,
    Individual,
    Any,
}
