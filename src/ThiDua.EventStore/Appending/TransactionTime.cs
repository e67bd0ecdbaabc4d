using System.Globalization;
using Npgsql;

namespace ThiDua.EventStore.Appending;

/// <summary>
/// The one <c>recorded_at</c> of every event a transaction appends: the store's clock read at the transaction's first
/// append and kept in a transaction-local setting, so later appends of the same transaction — an import's batches of
/// 10,000 events — reuse it. A transaction commits all its events or none, so an "as of" instant sees all of them or
/// none: with a time per batch, an instant between two batches of one import showed part of a file that was never
/// visible so (the rest of its rows not yet imported). The statement also takes the transaction id, before any
/// sequence number, as the projection daemon's gap rule needs (see GapAwareWindow).
/// </summary>
internal static class TransactionTime
{
    private const string Setting = "thidua_es.recorded_at";

    public static async Task<DateTimeOffset> OfAsync(NpgsqlConnection conn, NpgsqlTransaction tx, TimeProvider clock, CancellationToken ct)
    {
        // coalesce evaluates set_config only when the transaction has no time yet; "is_local" ends it with the transaction
        // (a rollback to a savepoint before the first append drops it too, with that append's rows).
        await using var cmd = new NpgsqlCommand($"""
            select pg_current_xact_id()::text,
                   coalesce(nullif(current_setting('{Setting}', true), ''), set_config('{Setting}', @now, true))
            """, conn, tx);
        cmd.Parameters.AddWithValue("now", clock.GetUtcNow().ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
    }
}
