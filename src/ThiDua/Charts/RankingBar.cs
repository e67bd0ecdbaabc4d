namespace ThiDua.Charts;

/// <summary>A unit's place in its cluster: competition rank (1, 2, 2, 4) and score (0–100 × cap).</summary>
public sealed record RankingBar(int Rank, string UnitCode, string UnitName, decimal Score);
