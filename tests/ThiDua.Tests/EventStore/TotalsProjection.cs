using ThiDua.EventStore.Projections;
using ThiDua.EventStore.Reading;

namespace ThiDua.Tests.EventStore;

/// <summary>
/// A read model for the tests: a total per stream, and one row per applied event whose primary key
/// makes applying an event twice fail loudly.
/// </summary>
public sealed class TotalsProjection(string name = "totals") : IProjection
{
    public string Name => name;

    public async Task ApplyAsync(ProjectionContext context, IReadOnlyList<StoredEvent> events, CancellationToken ct)
    {
        var counted = events.Where(e => e.Data is Counted).ToList();
        if (counted.Count == 0) return;
        await using var seen = context.Command($"insert into {name}_seen (seq) select unnest(@s)");
        seen.Parameters.AddWithValue("s", counted.Select(e => e.Sequence).ToArray());
        await seen.ExecuteNonQueryAsync(ct);
        await using var totals = context.Command($"""
            insert into {name}_totals (stream_id, total, events)
            select s, sum(a), count(*) from unnest(@streams, @amounts) as t(s, a) group by s
            on conflict (stream_id) do update set total = {name}_totals.total + excluded.total, events = {name}_totals.events + excluded.events
            """);
        totals.Parameters.AddWithValue("streams", counted.Select(e => e.StreamId).ToArray());
        totals.Parameters.AddWithValue("amounts", counted.Select(e => (long)e.As<Counted>().Amount).ToArray());
        await totals.ExecuteNonQueryAsync(ct);
    }

    public async Task ResetAsync(ProjectionContext context, CancellationToken ct)
    {
        await using var cmd = context.Command($"truncate {name}_seen, {name}_totals");
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public string CreateSql => $"""
        create table {name}_seen (seq bigint primary key);
        create table {name}_totals (stream_id text primary key, total bigint not null, events bigint not null);
        """;
}
