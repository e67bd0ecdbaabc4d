namespace ThiDua.Periods.Locks;

/// <summary>What happened to a campaign's lock: months closed ("chốt") or opened again ("mở lại").</summary>
public enum PeriodChangeKind
{
    Closed,
    Reopened,
}
