using ThiDua.Units;

namespace ThiDua.Measurements.Submissions;

/// <summary>
/// One unit's figures for a month: how many of its indicators reported monthly it was to send (<see cref="Expected"/>),
/// and those still without a figure for that month.
/// </summary>
public sealed record UnitSubmission(Unit Unit, int Expected, IReadOnlyList<MissingFigure> Missing)
{
    public int Reported => Expected - Missing.Count;

    public bool Complete => Missing.Count == 0;

    /// <summary>No figure at all for the month.</summary>
    public bool None => Reported == 0;
}
