using ThiDua.Formatting;

namespace ThiDua.Charts;

/// <summary>
/// A ranking bar's score as the charts write it — 2 decimals, as the tables — and, where a bar of its group shows the
/// same figure yet ranks apart, why: more decimals when the scores differ beyond the second ("87,503" above "87,496"),
/// the indicators met when they are equal (the ranking's tie-breaker: "80,00 (5/6)" above "80,00 (4/6)").
/// </summary>
internal static class RankScoreLabel
{
    private const int MostDecimals = 8;

    /// <returns>The label, and the tooltip's words on why (null when nothing needs saying).</returns>
    public static (string Label, string? Why) Of(IReadOnlyList<RankingBar> bars, RankingBar bar)
    {
        var shown = VietnameseNumber.FormatFixed(bar.Score, 2);
        var apart = bars.Where(b => b.Group == bar.Group && b.Rank != bar.Rank && VietnameseNumber.FormatFixed(b.Score, 2) == shown).ToList();
        if (apart.Count == 0) return (shown, null);
        var label = shown;
        string? why = null;
        var differing = apart.Where(b => b.Score != bar.Score).ToList();
        if (differing.Count > 0)
        {
            for (var d = 3; d <= MostDecimals; d++)
            {
                label = VietnameseNumber.FormatFixed(bar.Score, d);
                if (differing.All(b => VietnameseNumber.FormatFixed(b.Score, d) != label)) break;
            }
            why = "điểm chưa làm tròn " + label + " khác đơn vị cùng hiện " + shown;
        }
        if (bar.Assigned > 0 && apart.Any(b => b.Score == bar.Score))
        {
            label += $" ({bar.Met}/{bar.Assigned})";
            why = (why is null ? "" : why + "; ") + $"bằng điểm, xếp theo số chỉ tiêu đạt: {bar.Met}/{bar.Assigned}";
        }
        return (label, why);
    }
}
