namespace ThiDua.Import.Parsing;

/// <summary>
/// The accepted spellings of one enum-like column, matched like headers (<see cref="ImportNameNormalizer"/>), so
/// <c>Tập thể</c>, <c>tap thể</c> and <c>TAP_THE</c> are one value. <see cref="Expected"/> lists them for errors.
/// </summary>
public sealed class ValueAliases<T> where T : struct
{
    private readonly Dictionary<string, T> byKey = new(StringComparer.Ordinal);

    public ValueAliases(string valueName, params (T Value, string[] Spellings)[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        ValueName = valueName;
        foreach (var (value, spellings) in values)
            foreach (var spelling in spellings)
                byKey[ImportNameNormalizer.Normalize(spelling)] = value;
        Expected = string.Join(", ", values.Select(v => v.Spellings[0] + (v.Spellings.Length > 1 ? $" ({string.Join(" / ", v.Spellings.Skip(1))})" : "")));
    }

    /// <summary>What the column holds, for messages (e.g. <c>kind</c>).</summary>
    public string ValueName { get; }

    /// <summary>The accepted values, canonical first with its aliases in brackets.</summary>
    public string Expected { get; }

    public bool TryParse(string? text, out T value) => byKey.TryGetValue(ImportNameNormalizer.Normalize(text), out value);
}
