using Npgsql;
using ThiDua.Import.Importing;

namespace ThiDua.Search;

/// <summary>
/// "Có phải …?" when nothing matched: the names (or codes) in which the query's words stand one letter away — typed
/// wrong, left out, doubled or two swapped ("chi lanh" for "Chi Lăng") — judged as an unknown code in an import is
/// (<see cref="NearCodes.OneEditApart"/>). Only when nothing matched: the database picks the rows holding the query's
/// first or second half (<see cref="SearchSql.Near"/>, at most 5,000), this keeps those whose words are one edit away.
/// (A regular expression of every one-edit spelling, tried first, took 2.4 s over a country's registry; this 86 ms.)
/// </summary>
internal static class NearNames
{
    /// <summary>At most this many are suggested.</summary>
    public const int Listed = 5;

    public static async Task<IReadOnlyList<SearchHit>> FindAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string folded,
        IReadOnlyList<SearchKind>? kinds, CancellationToken ct)
    {
        // One letter off a one- or two-letter query is almost anything.
        if (folded.Length < 3) return [];
        await using var cmd = new NpgsqlCommand(SearchSql.Near, conn, tx);
        var (first, second) = Halves(folded);
        cmd.Parameters.AddWithValue("h1", "%" + LikePattern.Escape(first) + "%");
        cmd.Parameters.AddWithValue("h2", "%" + LikePattern.Escape(second) + "%");
        var found = new List<(SearchHit Hit, string Folded)>();
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var kind = (SearchKind)reader.GetInt32(0);
                if (kinds is not null && !kinds.Contains(kind)) continue;
                var (code, name) = (reader.GetString(1), reader.IsDBNull(2) ? "" : reader.GetString(2));
                var hit = new SearchHit(kind, code, name, SearchMatch.WordStart) { Campaign = reader.IsDBNull(3) ? null : reader.GetString(3) };
                if (Near(folded, reader.GetString(4))) found.Add((hit, reader.GetString(4)));
                else if (!reader.IsDBNull(5) && Near(folded, reader.GetString(5))) found.Add((hit, reader.GetString(5)));
            }
        }
        return found.OrderBy(f => f.Hit.Kind).ThenBy(f => f.Folded, StringComparer.Ordinal).ThenBy(f => f.Hit.Code, StringComparer.Ordinal)
            .Select(f => f.Hit).Take(Listed).ToList();
    }

    /// <summary>Whether some run of whole words of <paramref name="text"/>, as many as the query has, is one edit from it.</summary>
    public static bool Near(string folded, string text)
    {
        var words = text.Split(' ');
        var count = folded.Count(c => c == ' ') + 1;
        for (var i = 0; i + count <= words.Length; i++)
            if (NearCodes.OneEditApart(folded, string.Join(' ', words, i, count))) return true;
        return false;
    }

    /// <summary>
    /// Two parts of the query, one of which any single edit leaves whole: the edit touches positions i and at most i + 1,
    /// so it spares <c>q[..m]</c> when i ≥ m, else <c>q[m+2..]</c> (an insertion or a deletion only shifts it).
    /// </summary>
    public static (string First, string Second) Halves(string folded)
    {
        var m = folded.Length / 2;
        return (folded[..m], folded[Math.Min(folded.Length, m + 2)..]);
    }
}
