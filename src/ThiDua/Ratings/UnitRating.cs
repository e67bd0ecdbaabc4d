namespace ThiDua.Ratings;

/// <summary>A unit's rating row in a campaign. A collective's row may carry no rating, only initiative/discipline.</summary>
public sealed record UnitRating(string Campaign, string Unit, Rating? Rating, Discipline Discipline, bool Initiative);
