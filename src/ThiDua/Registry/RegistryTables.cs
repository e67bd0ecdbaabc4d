using Npgsql;

namespace ThiDua.Registry;

/// <summary>
/// The registry's tables, and the lock a repeatable-read reader takes on them before its first query. A rebuild resets
/// them with <c>truncate</c>, which is not MVCC-safe: a reader whose snapshot was taken while the rebuild ran (its first
/// query then waiting on the rebuild's lock) read every table empty once it committed — `thidua ranking` answered
/// "campaign … does not exist" beside `thidua projections rebuild`. <c>LOCK TABLE</c> takes no snapshot: the reader
/// waits for the rebuild to commit and its snapshot, taken at its first query after, sees the rebuilt tables.
/// </summary>
public static class RegistryTables
{
    public const string All = "rm_units, rm_campaigns, rm_indicators, rm_targets, rm_award_forms, rm_ratings, rm_measurements, rm_period_changes, rm_award_decisions, rm_clusters, rm_registrations, rm_target_counts, rm_unit_names";

    /// <summary>Run first in a repeatable-read transaction that reads the registry (before any query takes its snapshot).</summary>
    public static async Task LockForReadingAsync(NpgsqlConnection conn, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(conn);
        await using var cmd = new NpgsqlCommand($"lock table {All} in access share mode", conn);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
