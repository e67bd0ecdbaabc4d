namespace ThiDua.Charts;

/// <summary>
/// Monthly line of an indicator's actual against the expected line and the target line
/// (and the stretch line when <paramref name="TargetMax"/> is set). Values are in <paramref name="UnitOfMeasure"/>.
/// </summary>
public sealed record ProgressChart(
    string Title,
    string UnitOfMeasure,
    decimal? Target,
    decimal? TargetMax,
    IReadOnlyList<ProgressPoint> Points);
