namespace ThiDua.Charts;

/// <summary>
/// A unit's place in its cluster: competition rank (1, 2, 2, 4) and score (0–100 × cap). <paramref name="Group"/>
/// names its (cluster, kind) group when a chart shows several, each ranked from 1: the chart heads each group with it.
/// </summary>
public sealed record RankingBar(int Rank, string UnitCode, string UnitName, decimal Score, string? Group = null)
{
    /// <summary>Indicators met and assigned: the ranking's tie-breaker, shown where two bars show the same score (0/0: not given).</summary>
    public int Met { get; init; }

    public int Assigned { get; init; }
}
