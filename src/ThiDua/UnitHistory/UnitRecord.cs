using ThiDua.Units;

namespace ThiDua.UnitHistory;

/// <summary>A unit's record across campaigns (quá trình thi đua): the unit as it stood, and its campaigns newest first.</summary>
public sealed record UnitRecord(Unit Unit, DateTimeOffset? AsOf, IReadOnlyList<UnitHistoryRow> Rows)
{
    /// <summary>The unit it was merged into (<see cref="Unit.MergedInto"/>), as it stood; null when none or unknown.</summary>
    public Unit? Successor { get; init; }

    /// <summary>The units merged into it, by code: their records are its past too.</summary>
    public IReadOnlyList<Unit> MergedFrom { get; init; } = [];
}
