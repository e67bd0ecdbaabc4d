namespace ThiDua.Units.Defining;

/// <summary>A unit was registered, or its name, parent or cluster changed.</summary>
public sealed record UnitDefined(string UnitCode, string Name, UnitKind Kind, string? Parent, string? Cluster, DateTimeOffset DefinedAt)
{
    public Unit ToUnit() => new(UnitCode, Name, Kind, Parent, Cluster);
}
