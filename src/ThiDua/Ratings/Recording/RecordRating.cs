namespace ThiDua.Ratings.Recording;

/// <summary>Record a unit's assessment in a campaign.</summary>
public sealed record RecordRating(UnitRating Rating)
{
    public static IReadOnlyList<RatingRecorded> Decide(RecordRating command, UnitRating? current, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(command);
        var r = command.Rating;
        return r == current ? [] : [new RatingRecorded(r.Campaign, r.Unit, r.Rating, r.Discipline, r.Initiative, now)];
    }
}
