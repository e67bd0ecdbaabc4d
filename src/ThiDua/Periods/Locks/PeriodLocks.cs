namespace ThiDua.Periods.Locks;

/// <summary>
/// A campaign's lock state folded from its closes and reopens, in the order they were recorded, with their history:
/// the same from the registry table (now) as from the events (as of a time).
/// </summary>
public sealed record PeriodLocks(PeriodLock? Current, IReadOnlyList<PeriodChange> History)
{
    public static PeriodLocks None { get; } = new(null, []);

    public bool IsLocked(YearMonth month) => Current is { } c && month <= c.Through;

    public static PeriodLocks Fold(IEnumerable<PeriodChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var locks = None;
        foreach (var change in changes) locks = locks.Evolve(change);
        return locks;
    }

    /// <summary>A close sets the lock (and who set it); a reopen keeps the earlier months closed by the close that closed them.</summary>
    public PeriodLocks Evolve(PeriodChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var current = change.Kind == PeriodChangeKind.Closed
            ? new PeriodLock(change.Month, change.By, change.At)
            : change.ClosedThrough is { } through && Current is { } c ? c with { Through = through } : null;
        return new PeriodLocks(current, [.. History, change]);
    }
}
