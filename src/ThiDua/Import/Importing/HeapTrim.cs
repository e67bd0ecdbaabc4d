namespace ThiDua.Import.Importing;

/// <summary>
/// A full collection once the heap has doubled since the last one, called between append batches of a big import.
/// Each batch's rows and events live long enough to reach generation 2, where the collector lets them pile up: a
/// 1M-row measurements import grew from ≈ 55 to 120 MB of heap (and 320 MB resident) between its own full
/// collections. Collecting here keeps it near the live set (205 MB resident at its peak) for ≈ 5 % of the import's time.
/// </summary>
internal static class HeapTrim
{
    /// <summary>From the fourth append batch of an import (30,000 events and more).</summary>
    public const int FromBatch = 4;

    private const long Floor = 32L << 20;
    private static long _afterLast;

    public static void IfGrown()
    {
        if (GC.GetTotalMemory(forceFullCollection: false) < Math.Max(Floor, 2 * Interlocked.Read(ref _afterLast))) return;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        Interlocked.Exchange(ref _afterLast, GC.GetTotalMemory(forceFullCollection: false));
    }
}
