namespace ThiDua.Indicators;

/// <summary>How an actual compares to its target (SPEC §3).</summary>
public enum Direction
{
    AtLeast,
    AtMost,
    ReduceBy,
    IncreaseBy,
    RankUp,
    Task,
}
