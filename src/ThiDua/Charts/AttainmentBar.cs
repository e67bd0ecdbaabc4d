namespace ThiDua.Charts;

/// <summary>
/// One unit's attainment. <paramref name="Ratio"/> is the attainment ratio (1 = 100%), null when
/// there is no data; <paramref name="StretchRatio"/> is where target_max lies on the same scale
/// (target_max ⁄ target for <c>at_least</c>), null when the target has no stretch. <paramref name="Group"/> names its
/// cluster (the chart heads each group with it); <paramref name="Place"/> is its place in the group, "2=" when shared.
/// </summary>
public sealed record AttainmentBar(
    string UnitCode,
    string UnitName,
    decimal? Ratio,
    decimal? StretchRatio,
    ChartIndicatorStatus Status,
    string? Group = null,
    string? Place = null);
