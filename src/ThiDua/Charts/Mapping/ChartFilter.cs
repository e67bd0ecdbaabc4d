using ThiDua.Units;

namespace ThiDua.Charts.Mapping;

/// <summary>
/// What a chart shows: optionally one cluster (empty string = the units without a cluster), one kind,
/// one indicator, one unit, one award form. Null means "all".
/// </summary>
public sealed record ChartFilter(string? Cluster = null, UnitKind? Kind = null, string? Indicator = null, string? Unit = null, string? Form = null)
{
    public bool Admits(Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (Kind is { } k && unit.Kind != k) return false;
        if (Cluster is null) return true;
        return Cluster.Length == 0 ? string.IsNullOrEmpty(unit.Cluster) : unit.Cluster == Cluster;
    }
}
