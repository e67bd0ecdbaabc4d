using Npgsql;

namespace ThiDua.Search;

/// <summary>
/// The units found: by code or name now (<see cref="SearchSql.Units"/>) or, as of a time, by the name each had then
/// (<see cref="UnitNameSql.UnitsAsOf"/>); then those found only by a name they had before (<see cref="UnitNameSql"/>),
/// each listed after the name matches of the same strength ("huyện X" still finds "thị xã X", below the units named so).
/// Two queries, each ranked and cut at the limit by the database, merged here: the best of both is in their two heads.
/// </summary>
internal static class UnitNameSearch
{
    public static async Task<SearchGroup> FindAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string folded, int limit, DateTimeOffset? asOf,
        CancellationToken ct)
    {
        SearchGroup named;
        await using (var cmd = RegistrySearch.Command(SearchKind.Unit, folded, limit, conn, tx))
        {
            if (asOf is { } t) AsOf(cmd, UnitNameSql.UnitsAsOf, t);
            named = await RegistrySearch.ReadGroupAsync(cmd, SearchKind.Unit, ct);
        }
        var former = new List<SearchHit>();
        var formerTotal = 0;
        await using (var cmd = RegistrySearch.Command(SearchKind.Unit, folded, limit, conn, tx))
        {
            if (asOf is { } t) AsOf(cmd, UnitNameSql.FormerAsOf, t);
            else cmd.CommandText = UnitNameSql.Former;
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                former.Add(new SearchHit(SearchKind.Unit, reader.GetString(0), reader.GetString(1), (SearchMatch)reader.GetInt32(4))
                {
                    FormerName = reader.GetString(2),
                    FormerUntil = reader.GetFieldValue<DateTimeOffset>(3),
                });
                formerTotal = (int)reader.GetInt64(5);
            }
        }
        if (former.Count == 0) return named;
        // OrderBy is stable: each query's own order (name, then code) stays within a strength.
        var hits = named.Hits.Select(h => (Hit: h, Former: 0)).Concat(former.Select(h => (Hit: h, Former: 1)))
            .OrderBy(x => x.Hit.Match).ThenBy(x => x.Former).Take(limit).Select(x => x.Hit).ToList();
        return new SearchGroup(SearchKind.Unit, hits, named.Total + formerTotal);
    }

    private static void AsOf(NpgsqlCommand cmd, string sql, DateTimeOffset at)
    {
        cmd.CommandText = sql;
        cmd.Parameters.AddWithValue("t", NpgsqlTypes.NpgsqlDbType.TimestampTz, at.ToUniversalTime());
    }
}
