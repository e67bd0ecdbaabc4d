using ThiDua.EventStore.Reading;

namespace ThiDua.EventStore.Projections;

/// <summary>
/// Decides how far a projection may safely read in the global sequence (the high-water-mark problem).
/// Sequence numbers are taken before a transaction commits, so a hole may be a transaction still in flight
/// (it must not be skipped) or one that rolled back (it must not stall us forever). A hole seen when X was a
/// transaction id newer than every id given out so far (the reader's own, taken then) is final once every other
/// transaction below X has ended (the oldest still running ≥ X): by then any event that could fill it is visible.
/// Appenders take their transaction id before their sequence numbers.
/// </summary>
public sealed class GapAwareWindow
{
    private (long MaxSeen, ulong Bound)? _pending;
    private long _finalUpTo;

    /// <summary>Call before reading a page, with the current snapshot's xmin.</summary>
    public void Observe(ulong xminNow)
    {
        if (_pending is { } p && xminNow >= p.Bound)
        {
            _finalUpTo = Math.Max(_finalUpTo, p.MaxSeen);
            _pending = null;
        }
    }

    /// <summary>The contiguous, safe prefix of a page read after <paramref name="checkpoint"/>.</summary>
    public IReadOnlyList<StoredEvent> SafePrefix(long checkpoint, IReadOnlyList<StoredEvent> page, ulong boundAfterRead)
    {
        var count = SafeCount(checkpoint, page, static e => e.Sequence, boundAfterRead);
        return count == page.Count ? page : page.Take(count).ToList();
    }

    /// <summary>How many of a page of sequence numbers read after <paramref name="checkpoint"/> form the safe prefix.</summary>
    public int SafeCount(long checkpoint, IReadOnlyList<long> sequences, ulong boundAfterRead) =>
        SafeCount(checkpoint, sequences, static s => s, boundAfterRead);

    private int SafeCount<T>(long checkpoint, IReadOnlyList<T> page, Func<T, long> sequence, ulong boundAfterRead)
    {
        var count = FinalCount(checkpoint, page.Select(sequence));
        if (count < page.Count) _pending ??= (sequence(page[^1]), boundAfterRead);
        return count;
    }

    public bool WaitingOnGap => _pending is not null;

    /// <summary>Whether the page stops at a hole not yet known final: only then is a bound taken (it costs a transaction id).</summary>
    public bool StopsAtHole(long checkpoint, IReadOnlyCollection<long> sequences)
    {
        ArgumentNullException.ThrowIfNull(sequences);
        return FinalCount(checkpoint, sequences) < sequences.Count;
    }

    // How many of the sequence numbers come before the first hole that may still be filled.
    private int FinalCount(long checkpoint, IEnumerable<long> sequences)
    {
        var expected = checkpoint + 1;
        var count = 0;
        foreach (var seq in sequences)
        {
            if (seq != expected && seq - 1 > _finalUpTo) break;
            expected = seq + 1;
            count++;
        }
        return count;
    }
}
