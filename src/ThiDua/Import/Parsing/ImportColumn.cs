namespace ThiDua.Import.Parsing;

/// <summary>A column of an import file: its canonical header name, whether it must be present, and its aliases.</summary>
public sealed record ImportColumn(string Name, bool Required, IReadOnlyList<string> Aliases)
{
    /// <summary>Every accepted header key, normalized (canonical name first).</summary>
    public IEnumerable<string> Keys => Aliases.Prepend(Name).Select(ImportNameNormalizer.Normalize);

    public override string ToString() => Aliases.Count == 0 ? Name : $"{Name} ({string.Join(", ", Aliases)})";
}
