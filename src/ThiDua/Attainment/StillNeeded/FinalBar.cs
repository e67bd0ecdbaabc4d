using ThiDua.Indicators;

namespace ThiDua.Attainment.StillNeeded;

/// <summary>
/// The level a numeric indicator's aggregated actual must reach at the campaign's last month for its ratio to be 1:
/// the SPEC §3 formulas solved for the actual. <see cref="AtLeast"/> says which side of <see cref="Level"/> meets it.
/// </summary>
public readonly record struct FinalBar(bool AtLeast, decimal Level)
{
    /// <summary>Null for a task, whose ratio depends on when it was delivered, not on a level.</summary>
    public static FinalBar? Of(Direction direction, decimal target, decimal? baseline) => direction switch
    {
        Direction.AtLeast => new FinalBar(true, target),
        Direction.AtMost => new FinalBar(false, target),
        // ((B − A) ⁄ B) ⁄ (T ⁄ 100) ≥ 1  ⇔  A ≤ B × (1 − T ⁄ 100)
        Direction.ReduceBy => new FinalBar(false, Required(baseline) * (100m - target) / 100m),
        // ((A − B) ⁄ B) ⁄ (T ⁄ 100) ≥ 1  ⇔  A ≥ B × (1 + T ⁄ 100)
        Direction.IncreaseBy => new FinalBar(true, Required(baseline) * (100m + target) / 100m),
        // (B − A) ⁄ T ≥ 1  ⇔  A ≤ B − T: a rank, lower is better.
        Direction.RankUp => new FinalBar(false, Required(baseline) - target),
        _ => null,
    };

    /// <summary>Whether <paramref name="value"/> is on the meeting side of the bar.</summary>
    public bool IsMetBy(decimal value) => AtLeast ? value >= Level : value <= Level;

    private static decimal Required(decimal? baseline) =>
        baseline ?? throw new InvalidOperationException("A target of this direction has a baseline; the import requires it.");
}
