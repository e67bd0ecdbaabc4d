namespace ThiDua.Cli.Usage;

/// <summary>
/// "Did you mean": the candidates nearest to what was typed (case ignored; an option's dashes ignored), by edit distance
/// (a swap of two neighbouring letters counts one) or as the start of a longer name (<c>rank</c> → <c>ranking</c>).
/// System.CommandLine's own typo corrections are only written to the console, in English.
/// </summary>
internal static class Typo
{
    public static IReadOnlyList<string> Nearest(string typed, IEnumerable<string> candidates)
    {
        var key = Key(typed);
        if (key.Length == 0) return [];
        // Short words are near every other short word: allow fewer edits for them.
        var allowed = key.Length <= 3 ? 1 : key.Length <= 6 ? 2 : 3;
        var scored = candidates.Distinct(StringComparer.Ordinal)
            .Select(c => (Name: c, Score: Score(key, Key(c), allowed)))
            .Where(c => c.Score is not null)
            .ToList();
        if (scored.Count == 0) return [];
        var best = scored.Min(c => c.Score!.Value);
        return [.. scored.Where(c => c.Score == best).Select(c => c.Name)];
    }

    private static string Key(string word) => word.TrimStart('-', '/').ToLowerInvariant();

    private static double? Score(string typed, string candidate, int allowed)
    {
        if (candidate.Length == 0) return null;
        var distance = Distance(typed, candidate);
        if (distance <= allowed) return distance;
        // The beginning of a name, at least 3 letters of it: after any name within the edit distance.
        return typed.Length >= 3 && candidate.StartsWith(typed, StringComparison.Ordinal) ? allowed + 0.5 : null;
    }

    // Optimal string alignment: insertions, deletions, substitutions and swaps of neighbours cost 1 each.
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
