namespace ThiDua.Periods.Locks;

/// <summary>A campaign's months up to and including <paramref name="Through"/> are closed, by the close of <paramref name="ClosedBy"/> at <paramref name="ClosedAt"/>.</summary>
public sealed record PeriodLock(YearMonth Through, string ClosedBy, DateTimeOffset ClosedAt);
