namespace ThiDua.Charts;

/// <summary>Attainment ratio per unit, in %, against the 100% line; bars are drawn in the given order.</summary>
/// <param name="Scores">The bars are units' scores / 100, not one indicator's ratios: their statuses read as points
/// ("Trên 100 điểm"), since "Vượt chỉ tiêu" beside a unit that met 4 of its 6 indicators would mislead.</param>
/// <param name="Progress">Before the campaign's last month: the statuses read as progress ("Chậm tiến độ").</param>
public sealed record AttainmentChart(string Title, IReadOnlyList<AttainmentBar> Bars, bool Scores = false, bool Progress = false);
