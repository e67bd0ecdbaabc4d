using ThiDua.Units;

namespace ThiDua.UnitHistory;

/// <summary>A unit's record across campaigns (quá trình thi đua): the unit as it stood, and its campaigns newest first.</summary>
public sealed record UnitRecord(Unit Unit, DateTimeOffset? AsOf, IReadOnlyList<UnitHistoryRow> Rows);
