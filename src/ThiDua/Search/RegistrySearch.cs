using Npgsql;
using ThiDua.Formatting;
using ThiDua.Registry;

namespace ThiDua.Search;

/// <summary>
/// Finds units, indicators and campaigns by code or name in the registry, as typed (<see cref="SearchFolding"/>): the
/// database compares, ranks and counts (its folded columns) and sends back only the rows listed, so a country's
/// registry is not read into the process on each search. A unit renamed is found by its name now and by the names it had
/// (<see cref="UnitNameSearch"/>); as of a time, by the name it had then (docs/pages.md, "Tìm kiếm").
/// </summary>
public sealed class RegistrySearch(NpgsqlDataSource dataSource)
{
    /// <summary>The longest query taken (characters): longer is no name, and each costs a comparison per row.</summary>
    public const int MaxQueryLength = 100;

    /// <summary>The most rows one kind lists.</summary>
    public const int MaxLimit = 200;

    /// <param name="query">As typed; folded here. Blank is refused by the caller.</param>
    /// <param name="limit">Rows listed per kind (1–<see cref="MaxLimit"/>); every match is counted.</param>
    /// <param name="kinds">The kinds searched, in the order listed; all three when null.</param>
    /// <param name="asOf">Units as they were named then (registered later: not found); indicators and campaigns keep no past names.</param>
    public async Task<SearchResults> SearchAsync(string query, int limit, IReadOnlyList<SearchKind>? kinds = null, DateTimeOffset? asOf = null,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxLimit);
        var folded = SearchFolding.Fold(query);
        var groups = new List<SearchGroup>();
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        // One snapshot for the three kinds, as the other registry reads (a rebuild's truncate is not seen half-done).
        await using var tx = await conn.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        await RegistryTables.LockForReadingAsync(conn, ct);
        foreach (var kind in kinds ?? [SearchKind.Unit, SearchKind.Indicator, SearchKind.Campaign])
        {
            if (kind == SearchKind.Unit)
            {
                groups.Add(await UnitNameSearch.FindAsync(conn, tx, folded, limit, asOf, ct));
                continue;
            }
            await using var cmd = Command(kind, folded, limit, conn, tx);
            groups.Add(await ReadGroupAsync(cmd, kind, ct));
        }
        var suggestions = groups.Sum(g => g.Total) == 0 ? await NearNames.FindAsync(conn, tx, folded, kinds, ct) : [];
        await tx.CommitAsync(ct);
        return new SearchResults(query, folded, groups, suggestions);
    }

    /// <summary>One kind's query for the folded text (a test reads its plan at a country's size).</summary>
    internal static NpgsqlCommand Command(SearchKind kind, string folded, int limit, NpgsqlConnection conn, NpgsqlTransaction? tx)
    {
        var like = LikePattern.Escape(folded);
        var cmd = new NpgsqlCommand(kind switch
        {
            SearchKind.Unit => SearchSql.Units,
            SearchKind.Indicator => SearchSql.Indicators,
            _ => SearchSql.Campaigns,
        }, conn, tx);
        cmd.Parameters.AddWithValue("q", folded);
        cmd.Parameters.AddWithValue("start", like + "%");
        cmd.Parameters.AddWithValue("word", "% " + like + "%");
        cmd.Parameters.AddWithValue("any", "%" + like + "%");
        cmd.Parameters.AddWithValue("n", limit);
        return cmd;
    }

    internal static async Task<SearchGroup> ReadGroupAsync(NpgsqlCommand cmd, SearchKind kind, CancellationToken ct)
    {
        var hits = new List<SearchHit>();
        var total = 0;
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            hits.Add(new SearchHit(kind, reader.GetString(0), reader.IsDBNull(1) ? "" : reader.GetString(1), (SearchMatch)reader.GetInt32(4))
            {
                Campaign = reader.IsDBNull(2) ? null : reader.GetString(2),
                Campaigns = reader.GetInt32(3),
            });
            total = (int)reader.GetInt64(5);
        }
        return new SearchGroup(kind, hits, total);
    }
}
