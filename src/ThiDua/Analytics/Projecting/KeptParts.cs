using ThiDua.EventStore.Projections;
using ThiDua.Periods;

namespace ThiDua.Analytics.Projecting;

/// <summary>
/// The stored side of a kept month (<see cref="KeptMonth"/>): a recompute that wrote it leaves a new token in
/// <c>analytics_kept</c>, in its own transaction, and keeps the same token in memory. The next recompute of that month
/// trusts the stored parts it does not rewrite only when the stored token is still its own: a write rolled back (a
/// failed campaign's savepoint, a failed transaction) or made by another process leaves another token, and then the
/// whole month is written again.
/// </summary>
internal static class KeptParts
{
    public static async Task<Guid?> StoredTokenAsync(ProjectionContext context, string campaign, CancellationToken ct)
    {
        await using var cmd = context.Command("select token from analytics_kept where campaign = @c");
        cmd.Parameters.AddWithValue("c", campaign);
        return await cmd.ExecuteScalarAsync(ct) as Guid?;
    }

    public static async Task<Guid> MarkWrittenAsync(ProjectionContext context, string campaign, CancellationToken ct)
    {
        var token = Guid.NewGuid();
        await using var cmd = context.Command("""
            insert into analytics_kept (campaign, token) values (@c, @t)
            on conflict (campaign) do update set token = excluded.token
            """);
        cmd.Parameters.AddWithValue("c", campaign);
        cmd.Parameters.AddWithValue("t", token);
        await cmd.ExecuteNonQueryAsync(ct);
        return token;
    }

    /// <summary>Deletes the stored parts of the month that changed (and any beyond its parts); returns the parts to write.</summary>
    public static async Task<IReadOnlyList<(int Part, JsonRowsBuffer Rows)>> ClearChangedAsync(ProjectionContext context, string campaign,
        YearMonth month, AttainmentParts parts, CancellationToken ct)
    {
        var changed = parts.Changed.ToList();
        await using var cmd = context.Command("""
            delete from analytics_results where campaign = @c and period = @m and kind = 'attainment' and (part = any(@parts) or part >= @count)
            """);
        cmd.Parameters.AddWithValue("c", campaign);
        cmd.Parameters.AddWithValue("m", month.Index);
        cmd.Parameters.AddWithValue("parts", changed.Select(p => p.Part).ToArray());
        cmd.Parameters.AddWithValue("count", parts.Count);
        await cmd.ExecuteNonQueryAsync(ct);
        return changed;
    }
}
