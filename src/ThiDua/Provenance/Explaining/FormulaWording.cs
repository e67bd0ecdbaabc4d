using ThiDua.Formatting;
using ThiDua.Indicators;

namespace ThiDua.Provenance.Explaining;

/// <summary>
/// A ratio's calculation in Vietnamese, as SPEC §3 writes it: the formula in letters (A thực hiện, T chỉ tiêu, B số gốc,
/// m tháng đã qua, M tháng của phong trào), then the same formula with the figures put in, in the same operand order.
/// </summary>
public static class FormulaWording
{
    /// <summary>How the monthly values became the actual: "3 + 4 + 5 = 12".</summary>
    public static string Aggregation(RatioExplanation e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Months.Count == 0) return "Chưa có tháng nào báo cáo đến kỳ này: chưa có số liệu, tỷ lệ tính là 0 trong điểm.";
        var values = e.Months.Select(m => N(m.Value)).ToList();
        if (e.Indicator.Direction == Direction.Task)
            return $"Nhiệm vụ: thực hiện = 1 khi có tháng báo cáo giá trị ≥ 1, nếu không thì 0 → A = {N(e.Actual!.Value)}";
        return e.Indicator.Aggregation switch
        {
            Indicators.Aggregation.Sum => $"Cộng dồn các tháng: A = {string.Join(" + ", values)} = {N(e.Actual!.Value)}",
            Indicators.Aggregation.Latest => $"Lấy số của tháng gần nhất ({VietnameseDates.Month(e.Months[^1].Period)}): A = {N(e.Actual!.Value)}",
            Indicators.Aggregation.Average => $"Bình quân các tháng: A = ({string.Join(" + ", values)}) ⁄ {e.Months.Count} = {N(e.Actual!.Value)}",
            Indicators.Aggregation.Max => $"Lớn nhất trong các tháng: A = max({string.Join("; ", values)}) = {N(e.Actual!.Value)}",
            _ => $"Nhỏ nhất trong các tháng: A = min({string.Join("; ", values)}) = {N(e.Actual!.Value)}",
        };
    }

    /// <summary>The formula in letters.</summary>
    public static string Formula(RatioExplanation e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return (e.Indicator.Direction, e.ProRated) switch
        {
            (Direction.Task, _) => $"Tỷ lệ = 1 nếu hoàn thành không muộn hơn hạn ({VietnameseDates.Month(e.Deadline)}); 0,5 nếu hoàn thành sau hạn; 0 nếu chưa hoàn thành",
            (Direction.AtLeast, false) => "Tỷ lệ = A ⁄ T",
            (Direction.AtLeast, true) => "Tỷ lệ = (A × M) ⁄ (T × m)",
            (Direction.AtMost, false) => "Tỷ lệ = T ⁄ A (A = 0: mức trần điểm)",
            (Direction.AtMost, true) => "Tỷ lệ = (T × m) ⁄ (A × M) (A = 0: mức trần điểm)",
            (Direction.ReduceBy, false) => "Tỷ lệ = ((B − A) ⁄ B) ⁄ (T ⁄ 100)",
            (Direction.ReduceBy, true) => "Tỷ lệ = ((B × m − A × M) × 100) ⁄ (B × m × T)",
            (Direction.IncreaseBy, false) => "Tỷ lệ = ((A − B) ⁄ B) ⁄ (T ⁄ 100)",
            (Direction.IncreaseBy, true) => "Tỷ lệ = ((A × M − B × m) × 100) ⁄ (B × m × T)",
            _ => "Tỷ lệ = (B − A) ⁄ T (thứ hạng: số nhỏ hơn là tốt hơn)",
        };
    }

    /// <summary>The formula with its figures, ending in the unrounded ratio; null when there is no data.</summary>
    public static string? Figures(RatioExplanation e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Actual is not { } a || e.Ratio is not { } r) return null;
        string t = N(e.Target), b = e.Baseline is { } x ? N(x) : "—", m = e.Share.Elapsed.ToString(VietnameseNumber.FormatInfo), mm = e.Share.Months.ToString(VietnameseNumber.FormatInfo);
        var result = N(r);
        if (e.Indicator.Direction == Direction.Task)
            return a >= 1m
                ? $"Hoàn thành {VietnameseDates.Month(e.Months.First(v => v.Value >= 1m).Period)}, hạn {VietnameseDates.Month(e.Deadline)} → {result}"
                : $"Chưa có tháng nào báo cáo hoàn thành → {result}";
        return (e.Indicator.Direction, e.ProRated) switch
        {
            (Direction.AtMost, _) when a == 0m => $"A = 0 → mức trần {N(e.ScoreCap)}",
            (Direction.AtLeast, false) => $"{N(a)} ⁄ {t} = {result}",
            (Direction.AtLeast, true) => $"({N(a)} × {mm}) ⁄ ({t} × {m}) = {result}",
            (Direction.AtMost, false) => $"{t} ⁄ {N(a)} = {result}",
            (Direction.AtMost, true) => $"({t} × {m}) ⁄ ({N(a)} × {mm}) = {result}",
            (Direction.ReduceBy, false) => $"(({b} − {N(a)}) ⁄ {b}) ⁄ ({t} ⁄ 100) = {result}",
            (Direction.ReduceBy, true) => $"(({b} × {m} − {N(a)} × {mm}) × 100) ⁄ ({b} × {m} × {t}) = {result}",
            (Direction.IncreaseBy, false) => $"(({N(a)} − {b}) ⁄ {b}) ⁄ ({t} ⁄ 100) = {result}",
            (Direction.IncreaseBy, true) => $"(({N(a)} × {mm} − {b} × {m}) × 100) ⁄ ({b} × {m} × {t}) = {result}",
            _ => $"({b} − {N(a)}) ⁄ {t} = {result}",
        };
    }

    /// <summary>Why the target was (or was not) pro-rated.</summary>
    public static string Share(RatioExplanation e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var share = $"m = {e.Share.Elapsed} tháng đã qua trên M = {e.Share.Months} tháng của phong trào";
        if (e.ProRated)
            return $"Chỉ tiêu cộng dồn trước tháng cuối: tính theo tiến độ, {share}; kế hoạch đến kỳ = T × m ⁄ M"
                + (e.Indicator.Direction is Direction.ReduceBy or Direction.IncreaseBy ? $" (số gốc đến kỳ B × m ⁄ M = {(e.ExpectedBaseline is { } eb ? N(eb) : "—")})" : $" = {N(e.ExpectedTarget)}");
        return e.Indicator.Aggregation == Indicators.Aggregation.Sum && e.Share.IsWhole && e.Indicator.Direction is not (Direction.Task or Direction.RankUp)
            ? $"Tháng cuối của phong trào ({share}): so với cả chỉ tiêu, không chia theo tiến độ"
            : "Không chia theo tiến độ (chỉ tiêu không cộng dồn, thứ hạng hoặc nhiệm vụ): so với chính chỉ tiêu";
    }

    /// <summary>The decimals a figure of the calculation is written with (the API's <c>ratio_unrounded</c> too).</summary>
    public const int Decimals = 6;

    /// <summary>Up to 6 decimals: an average's exact value shows what the ratio was computed from.</summary>
    public static string N(decimal value) => VietnameseNumber.Format(value, Decimals);
}
