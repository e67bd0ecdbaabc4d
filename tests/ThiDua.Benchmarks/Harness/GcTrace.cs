using System.Diagnostics.Tracing;

namespace ThiDua.Benchmarks.Harness;

// TEMPORARY: large allocations and collections.
public sealed class GcTrace : EventListener
{
    public readonly List<string> Seen = [];
    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
    }
    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName is "GCStart_V2")
            lock (Seen) Seen.Add($"GC gen{e.Payload![1]} reason {e.Payload[2]}");
        else if (e.EventName is not null && e.EventName.StartsWith("GCAllocationTick") && Convert.ToInt32(e.Payload![e.PayloadNames!.IndexOf("AllocationKind")]) == 1)
            lock (Seen) Seen.Add($"LOH {e.Payload[e.PayloadNames.IndexOf("TypeName")]} {e.Payload[e.PayloadNames.IndexOf("ObjectSize")]} {Environment.CurrentManagedThreadId}");
    }
}
