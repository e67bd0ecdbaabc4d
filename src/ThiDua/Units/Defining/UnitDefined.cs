namespace ThiDua.Units.Defining;

/// <summary>A unit was registered, or its name, parent, cluster, end or successor changed.</summary>
public sealed record UnitDefined(string UnitCode, string Name, UnitKind Kind, string? Parent, string? Cluster, DateTimeOffset DefinedAt)
{
    /// <summary>The first month it no longer exists (<see cref="Unit.Ended"/>); absent from events written before units could end.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public Periods.YearMonth? Ended { get; init; }

    /// <summary>The unit that took it over (<see cref="Unit.MergedInto"/>); absent from events written before mergers were recorded.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? MergedInto { get; init; }

    public Unit ToUnit() => new(UnitCode, Name, Kind, Parent, Cluster) { Ended = Ended, MergedInto = MergedInto };
}
