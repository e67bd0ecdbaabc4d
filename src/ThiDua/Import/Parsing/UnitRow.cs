using ThiDua.Units;

namespace ThiDua.Import.Parsing;

/// <summary>A row of <c>units.csv</c>. <see cref="Parent"/> may name a unit defined later in the same file.</summary>
public sealed record UnitRow(int Line, string Code, string Name, UnitKind Kind, string? Parent, string? Cluster) : IImportRow
{
    /// <summary>The first month the unit no longer exists (the optional column <c>ended</c>).</summary>
    public Periods.YearMonth? Ended { get; init; }

    /// <summary>The unit that took it over (the optional column <c>merged_into</c>); checked once the whole file is read.</summary>
    public string? MergedInto { get; init; }
}
