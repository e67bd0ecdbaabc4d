namespace ThiDua.Periods.Locks;

/// <summary>
/// One close or reopen as the history lists it: the month named, what was closed after it
/// (<paramref name="ClosedThrough"/>, null: nothing), who, when and why.
/// </summary>
public sealed record PeriodChange(PeriodChangeKind Kind, YearMonth Month, YearMonth? ClosedThrough, string By, DateTimeOffset At, string? Reason);
