using ThiDua.EventStore.Projections;

namespace ThiDua.Registry;

/// <summary>
/// <c>rm_target_counts</c>: each campaign's number of targets, so a page listing campaigns with their counts reads a
/// row per campaign instead of counting every target. Recounted from <c>rm_targets</c> in the same transaction for the
/// campaigns a batch set targets in (a target is set again far more often than a new one is added, and never removed),
/// so it is what a count would say, incremental or rebuilt.
/// </summary>
internal static class TargetCounts
{
    public static async Task RecountAsync(ProjectionContext context, IReadOnlyCollection<string> campaigns, CancellationToken ct)
    {
        if (campaigns.Count == 0) return;
        await using var cmd = context.Command("""
            insert into rm_target_counts (campaign, targets)
            select campaign, count(*)::int from rm_targets where campaign = any(@c) group by campaign
            on conflict (campaign) do update set targets = excluded.targets
            """);
        cmd.Parameters.AddWithValue("c", campaigns.ToArray());
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
