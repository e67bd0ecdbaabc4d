using ThiDua.Indicators;

namespace ThiDua.Formatting;

/// <summary>
/// A target as a reader should see it. For reduce_by and increase_by the target is a percentage change from the
/// baseline, for rank_up a number of ranks: shown bare beside an actual in the indicator's unit ("279 vụ | 3") it
/// reads as a quantity. So those name the change and its baseline; the other directions show the number.
/// </summary>
public static class TargetWording
{
    public static string Describe(Direction direction, decimal value, decimal? baseline, int maxDecimals = 4) => direction switch
    {
        Direction.ReduceBy => $"giảm {VietnameseNumber.Format(value, maxDecimals)}%{From(baseline, maxDecimals)}",
        Direction.IncreaseBy => $"tăng {VietnameseNumber.Format(value, maxDecimals)}%{From(baseline, maxDecimals)}",
        Direction.RankUp => $"tăng {VietnameseNumber.Format(value, maxDecimals)} bậc{(baseline is { } b ? $" từ hạng {VietnameseNumber.Format(b, maxDecimals)}" : "")}",
        _ => VietnameseNumber.Format(value, maxDecimals),
    };

    /// <summary>
    /// Where the target puts the actual, in the indicator's own unit: the baseline less or plus the percentage, or
    /// the baseline rank less the ranks; the value itself for the other directions. Null without a baseline.
    /// </summary>
    public static decimal? Level(Direction direction, decimal value, decimal? baseline) => direction switch
    {
        Direction.ReduceBy => baseline * (1 - value / 100m),
        Direction.IncreaseBy => baseline * (1 + value / 100m),
        Direction.RankUp => baseline - value,
        _ => value,
    };

    private static string From(decimal? baseline, int maxDecimals) => baseline is { } b ? $" so với {VietnameseNumber.Format(b, maxDecimals)}" : "";
}
