namespace ThiDua.Import.Importing;

/// <summary>
/// The stored code an unknown one was probably meant to be: one letter typed wrong, left out, doubled or swapped
/// ("BK-CNTI" for "BK-CNTT"), or the same code in other letter case. A clerk told only "unknown unit, import units.csv
/// first" looks for a missing unit instead of the typo on the line.
/// </summary>
internal sealed class NearCodes
{
    // An unknown code usually repeats down a file (a whole unit's rows): look each up once.
    private readonly Dictionary<(string Scope, string Code), string?> _found = [];

    /// <summary>
    /// The closest of <paramref name="known"/> to <paramref name="code"/>, or null when none is one edit away;
    /// <paramref name="scope"/> tells the lists apart (units; a campaign's indicators).
    /// </summary>
    public string? For(string scope, string code, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(known);
        if (_found.TryGetValue((scope, code), out var cached)) return cached;
        string? best = null;
        foreach (var candidate in known)
        {
            if (string.Equals(candidate, code, StringComparison.OrdinalIgnoreCase)) { best = candidate; break; }
            // The first in the list's order wins among equally near codes; stable for the same stored codes.
            if (best is null && OneEditApart(code, candidate)) best = candidate;
        }
        _found[(scope, code)] = best;
        return best;
    }

    /// <summary>Whether one substitution, insertion, deletion or swap of neighbours (letter case ignored) turns a into b.</summary>
    public static bool OneEditApart(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (Math.Abs(a.Length - b.Length) > 1 || a.Length < 3 || b.Length < 3) return false;
        var i = 0;
        while (i < a.Length && i < b.Length && Same(a[i], b[i])) i++;
        if (a.Length == b.Length)
        {
            if (i == a.Length) return true;
            return Rest(a, i + 1, b, i + 1)
                || (i + 1 < a.Length && Same(a[i], b[i + 1]) && Same(a[i + 1], b[i]) && Rest(a, i + 2, b, i + 2));
        }
        return a.Length > b.Length ? Rest(a, i + 1, b, i) : Rest(a, i, b, i + 1);
    }

    private static bool Rest(string a, int fromA, string b, int fromB)
    {
        if (a.Length - fromA != b.Length - fromB) return false;
        for (; fromA < a.Length; fromA++, fromB++)
            if (!Same(a[fromA], b[fromB])) return false;
        return true;
    }

    private static bool Same(char x, char y) => char.ToUpperInvariant(x) == char.ToUpperInvariant(y);
}
