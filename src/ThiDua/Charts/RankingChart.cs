namespace ThiDua.Charts;

/// <summary>Scores of the units of one cluster as horizontal bars, in the given (rank) order.</summary>
public sealed record RankingChart(string Title, IReadOnlyList<RankingBar> Bars);
