using ThiDua.EventStore.Projections;
using ThiDua.EventStore.Reading;

namespace ThiDua.DaemonNode;

/// <summary>
/// Writes a row per applied event with the node that applied it, and no key: an event applied twice shows as two
/// rows instead of failing. Each batch then sleeps, so a node is usually caught in the middle of one.
/// </summary>
public sealed class AppliedLogProjection(string node, TimeSpan batchPause) : IProjection
{
    public const string Table = "failover_applied";

    public string Name => "failover";

    public bool ReadsMetadata => false;

    public async Task ApplyAsync(ProjectionContext context, IReadOnlyList<StoredEvent> events, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(events);
        await using var cmd = context.Command($"insert into {Table} (seq, node) select unnest(@s), @n; select pg_sleep(@pause)");
        cmd.Parameters.AddWithValue("s", events.Select(e => e.Sequence).ToArray());
        cmd.Parameters.AddWithValue("n", node);
        cmd.Parameters.AddWithValue("pause", batchPause.TotalSeconds);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task ResetAsync(ProjectionContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var cmd = context.Command($"truncate {Table}");
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public const string CreateSql = $"create table if not exists {Table} (seq bigint not null, node text not null)";
}
