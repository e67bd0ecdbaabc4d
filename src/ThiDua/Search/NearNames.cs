using System.Text;
using Npgsql;
using ThiDua.Import.Importing;

namespace ThiDua.Search;

/// <summary>
/// "Có phải …?" when nothing matched: the names (or codes) in which the query's words stand one letter away — typed
/// wrong, left out, doubled or two swapped ("chi lanh" for "Chi Lăng") — judged as an unknown code in an import is
/// (<see cref="NearCodes.OneEditApart"/>). The database picks the rows where such a spelling begins a word (a regular
/// expression of every spelling; only when nothing matched), this keeps those whose words match whole.
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
        cmd.Parameters.AddWithValue("near", Spellings(folded));
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
    /// A PostgreSQL regular expression matching, at a word's start, every spelling one edit from <paramref name="folded"/>:
    /// a letter changed or added (any character there), one left out, two neighbours swapped.
    /// </summary>
    public static string Spellings(string folded)
    {
        var alternatives = new List<string>();
        for (var i = 0; i <= folded.Length; i++)
        {
            var (head, tail) = (Literal(folded[..i]), folded[i..]);
            alternatives.Add(head + "." + Literal(tail)); // added before position i
            if (tail.Length == 0) continue;
            alternatives.Add(head + "." + Literal(tail[1..])); // changed at i
            alternatives.Add(head + Literal(tail[1..])); // left out at i
            if (tail.Length > 1) alternatives.Add(head + Literal($"{tail[1]}{tail[0]}") + Literal(tail[2..])); // swapped
        }
        return "(^| )(" + string.Join('|', alternatives.Distinct(StringComparer.Ordinal)) + ")";
    }

    // A letter or digit stands for itself in a PostgreSQL regular expression; anything else is escaped ("\-").
    private static string Literal(string text)
    {
        var sb = new StringBuilder(text.Length * 2);
        foreach (var c in text) sb.Append(char.IsLetterOrDigit(c) ? "" : "\\").Append(c);
        return sb.ToString();
    }
}
