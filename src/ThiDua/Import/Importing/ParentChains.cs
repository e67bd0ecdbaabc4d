namespace ThiDua.Import.Importing;

/// <summary>
/// Whether units' parent chains reach a root, each unit walked once whatever the file: a 60,000-deep chain checked
/// row by row from every row is 60,000² steps; here every answer is remembered, so the check is linear in the tree.
/// </summary>
internal sealed class ParentChains(Func<string, string?> parentOf)
{
    private readonly Dictionary<string, string[]?> _loopOf = new(StringComparer.Ordinal);

    /// <summary>The loop <paramref name="code"/>'s chain runs into (in chain order), or null when it reaches a root.</summary>
    public string[]? Loop(string code)
    {
        var path = new List<string>();
        var onPath = new Dictionary<string, int>(StringComparer.Ordinal);
        string[]? loop = null;
        for (string? current = code; current is not null; current = parentOf(current))
        {
            if (_loopOf.TryGetValue(current, out var known))
            {
                loop = known;
                break;
            }
            if (onPath.TryGetValue(current, out var at))
            {
                loop = path.Skip(at).ToArray();
                break;
            }
            onPath[current] = path.Count;
            path.Add(current);
        }
        foreach (var unit in path) _loopOf[unit] = loop;
        return loop;
    }
}
