namespace ThiDua.Charts;

/// <summary>Attainment ratio per unit, in %, against the 100% line; bars are drawn in the given order.</summary>
public sealed record AttainmentChart(string Title, IReadOnlyList<AttainmentBar> Bars);
