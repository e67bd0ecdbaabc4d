using ThiDua.Ratings;

namespace ThiDua.Import.Parsing;

/// <summary>A row of <c>ratings.csv</c>. A collective's row may carry no rating (empty cell → null).</summary>
public sealed record RatingRow(
    int Line,
    string Campaign,
    string Unit,
    Rating? Rating,
    Discipline Discipline,
    bool Initiative) : IImportRow;
