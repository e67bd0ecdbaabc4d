using Npgsql;

namespace ThiDua.Tests.Reliability;

/// <summary>The async analytics projection's state: its checkpoint, the last event, and a digest of every result row.</summary>
public sealed record AnalyticsDigest(long Checkpoint, long MaxSequence, long Rows, string Digest)
{
    public static async Task<AnalyticsDigest> TakeAsync(NpgsqlDataSource dataSource)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var cmd = dataSource.CreateCommand("""
            select (select coalesce(max(position), 0) from es_checkpoints where projection = 'analytics'),
                   (select coalesce(max(seq), 0) from es_events),
                   (select count(*) from analytics_results),
                   (select md5(coalesce(string_agg(campaign || ' ' || period || ' ' || kind || ' ' || part || ' ' || rows::text, E'\n'
                        order by campaign, period, kind, part), '')) from analytics_results)
            """);
        await using var reader = await cmd.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new AnalyticsDigest(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetString(3));
    }

    public bool CaughtUp => Checkpoint == MaxSequence;
}
