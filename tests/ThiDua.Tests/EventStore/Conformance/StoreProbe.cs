using Npgsql;

namespace ThiDua.Tests.EventStore.Conformance;

/// <summary>What the conformance tests read back from the store and the totals read model, straight from PostgreSQL.</summary>
public static class StoreProbe
{
    /// <summary>Sequence numbers of the committed events, ascending.</summary>
    public static Task<List<long>> CommittedAsync(NpgsqlDataSource db) => LongsAsync(db, "select seq from es_events order by seq");

    /// <summary>Sequence numbers the totals projection applied (its primary key refuses a second application).</summary>
    public static Task<List<long>> AppliedAsync(NpgsqlDataSource db, string projection = "totals") =>
        LongsAsync(db, $"select seq from {projection}_seen order by seq");

    public static async Task<long> StreamVersionAsync(NpgsqlDataSource db, string stream)
    {
        await using var cmd = db.CreateCommand("select coalesce((select version from es_streams where stream_id = @s), 0)");
        cmd.Parameters.AddWithValue("s", stream);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    /// <summary>The text COPY of a query: what an export of a read model would write, byte for byte.</summary>
    public static async Task<string> CopyOutAsync(NpgsqlDataSource db, string query)
    {
        await using var conn = await db.OpenConnectionAsync();
        using var reader = await conn.BeginTextExportAsync($"copy ({query}) to stdout");
        return await reader.ReadToEndAsync();
    }

    private static async Task<List<long>> LongsAsync(NpgsqlDataSource db, string sql)
    {
        var list = new List<long>();
        await using var cmd = db.CreateCommand(sql);
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) list.Add(reader.GetInt64(0));
        return list;
    }
}
