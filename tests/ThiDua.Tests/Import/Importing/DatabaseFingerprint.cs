using Npgsql;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Import.Importing;

/// <summary>
/// What an import may change: the number of events, the stream versions and every read-model table, digested.
/// Two equal fingerprints mean nothing was written in between.
/// </summary>
public sealed record DatabaseFingerprint(long Events, string Digest)
{
    private const string DigestSql = """
        select md5(coalesce(string_agg(x, E'\n' order by x), '')) from (
            select 'unit ' || code || ' ' || definition::text as x from rm_units
            union all select 'campaign ' || code || ' ' || definition::text from rm_campaigns
            union all select 'indicator ' || campaign || ' ' || code || ' ' || definition::text from rm_indicators
            union all select 'target ' || campaign || ' ' || unit || ' ' || indicator || ' ' || definition::text from rm_targets
            union all select 'measurement ' || campaign || ' ' || unit || ' ' || indicator || ' ' || period || ' ' || value || ' '
                || coalesce(note, '') || ' ' || recorded_at::text from rm_measurements
            union all select 'rating ' || campaign || ' ' || unit || ' ' || definition::text from rm_ratings
            union all select 'form ' || campaign || ' ' || code || ' ' || definition::text from rm_award_forms
            union all select 'period change ' || campaign || ' ' || version || ' ' || definition::text from rm_period_changes
            union all select 'decision ' || campaign || ' ' || version || ' ' || definition::text from rm_award_decisions
            union all select 'cluster ' || code || ' ' || definition::text from rm_clusters
            union all select 'registration ' || campaign || ' ' || unit || ' ' || form || ' ' || definition::text from rm_registrations
            union all select 'target count ' || campaign || ' ' || targets from rm_target_counts
            union all select 'unit name ' || unit || ' ' || seq || ' ' || since::text || ' ' || coalesce(until::text, '-') || ' ' || name || ' '
                || search_key from rm_unit_names
            union all select 'stream ' || stream_id || ' ' || version from es_streams
        ) t
        """;

    public static Task<DatabaseFingerprint> TakeAsync(TestDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return TakeAsync(db.DataSource);
    }

    public static async Task<DatabaseFingerprint> TakeAsync(NpgsqlDataSource dataSource)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var count = dataSource.CreateCommand("select count(*) from es_events");
        var events = (long)(await count.ExecuteScalarAsync())!;
        await using var cmd = dataSource.CreateCommand(DigestSql);
        var digest = (string)(await cmd.ExecuteScalarAsync())!;
        return new DatabaseFingerprint(events, digest);
    }
}
