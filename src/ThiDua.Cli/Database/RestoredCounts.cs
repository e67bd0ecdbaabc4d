using Npgsql;

namespace ThiDua.Cli.Database;

/// <summary>What a restore brought back, said to the operator so a wrong or empty backup shows at once.</summary>
internal sealed record RestoredCounts(long Events, long LastSeq, long Users)
{
    public static async Task<RestoredCounts> ReadAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        await using var cmd = dataSource.CreateCommand("select (select count(*) from es_events), (select coalesce(max(seq), 0) from es_events), (select count(*) from app_users)");
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return new RestoredCounts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }
}
