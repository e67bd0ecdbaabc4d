using Npgsql;
using ThiDua.EventStore.Appending;

namespace ThiDua.Import.Importing;

/// <summary>
/// Events decided by an import, grouped by stream and appended in batches inside the import's one transaction,
/// each stream at the version it had when the import read it (optimistic concurrency).
/// </summary>
internal sealed class PendingEvents(PostgresEventStore store, NpgsqlConnection conn, NpgsqlTransaction tx, StreamVersionCache versions)
{
    public const int BatchSize = 10_000;

    private readonly Dictionary<string, List<NewEvent>> _byStream = new(StringComparer.Ordinal);
    private int _count;
    private int _batches;

    public int Appended { get; private set; }

    public int Count => _count;

    public void Add(string streamId, object data, EventMetadata metadata)
    {
        if (!_byStream.TryGetValue(streamId, out var list)) _byStream[streamId] = list = [];
        list.Add(new NewEvent(Guid.CreateVersion7(), data, metadata));
        _count++;
    }

    public async Task FlushIfFullAsync(CancellationToken ct)
    {
        if (_count >= BatchSize) await FlushAsync(ct);
    }

    public async Task FlushAsync(CancellationToken ct)
    {
        if (_count == 0) return;
        var appends = new List<StreamAppend>(_byStream.Count);
        foreach (var (stream, events) in _byStream)
        {
            var version = await versions.GetAsync(stream, ct);
            appends.Add(new StreamAppend(stream, version, events));
        }
        // Ids are minted here for this import only, so the retry look-up has nothing to find.
        var result = await store.AppendAsync(conn, tx, appends, ct, freshIds: true);
        foreach (var (stream, version) in result.StreamVersions) versions.Set(stream, version);
        Appended += result.Appended;
        _byStream.Clear();
        _count = 0;
        // Only a big import piles up garbage worth a full collection; a monthly file (a batch or two) must not pause
        // a server that happens to hold a big heap.
        if (++_batches >= HeapTrim.FromBatch) HeapTrim.IfGrown();
    }
}
