namespace ThiDua.Ratings.Recording;

/// <summary>A unit's year-end rating, discipline and initiative in a campaign were recorded or changed.</summary>
public sealed record RatingRecorded(string CampaignCode, string UnitCode, Rating? Rating, Discipline Discipline, bool Initiative, DateTimeOffset RecordedAt)
{
    public UnitRating ToRating() => new(CampaignCode, UnitCode, Rating, Discipline, Initiative);
}
