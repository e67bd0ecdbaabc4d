namespace ThiDua.Units;

/// <summary>A unit taking part in emulation: a department, a sub-unit, or a staff member.</summary>
public sealed record Unit(string Code, string Name, UnitKind Kind, string? Parent, string? Cluster);
