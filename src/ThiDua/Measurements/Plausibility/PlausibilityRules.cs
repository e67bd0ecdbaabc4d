using System.Globalization;
using ThiDua.Indicators;
using N = ThiDua.Formatting.VietnameseNumber;

namespace ThiDua.Measurements.Plausibility;

/// <summary>
/// SPEC §5 "Plausibility (v2)": figures an office should look at twice before they count. Each rule compares the
/// value's ratio to a reference, so "more than 10 times" is a ratio above 10 and "less than a tenth" one below 0,1
/// (a value of the other sign than its reference is below a tenth too); exactly 10 or 0,1 passes.
/// </summary>
public static class PlausibilityRules
{
    public const string OutlierHigh = "outlier_high";
    public const string OutlierLow = "outlier_low";
    public const string NegativeSum = "negative_sum";
    public const string PercentOver100 = "percent_over_100";
    public const string TenfoldCorrection = "tenfold_correction";

    public const decimal Factor = 10m;
    public const int MinOtherMonths = 3;

    public static IReadOnlyList<PlausibilityFinding> Judge(JudgedMeasurement m)
    {
        ArgumentNullException.ThrowIfNull(m);
        var found = new List<PlausibilityFinding>();
        var v = m.Value;
        if (m.OtherMonths.Count >= MinOtherMonths && Median(m.OtherMonths) is var median && median != 0)
        {
            var ratio = v / median;
            var n = m.OtherMonths.Count;
            if (ratio > Factor)
                found.Add(new(OutlierHigh, median,
                    $"Giá trị {N.Format(v, 4)} gấp {Times(ratio)} lần trung vị của {n} tháng khác: {N.Format(median, 4)}. Kiểm tra lỗi đánh máy (dấu phân cách, thừa chữ số).",
                    $"{En(v)} is {Times(ratio, en: true)} times the median of {n} other months: {En(median)}. Check for a typo (separators, extra digits)."));
            else if (ratio < 1 / Factor)
                found.Add(new(OutlierLow, median,
                    $"Giá trị {N.Format(v, 4)} chưa bằng một phần mười trung vị của {n} tháng khác: {N.Format(median, 4)}. Kiểm tra lỗi đánh máy (thiếu chữ số, sai đơn vị).",
                    $"{En(v)} is less than a tenth of the median of {n} other months: {En(median)}. Check for a typo (missing digits, wrong unit)."));
        }
        if (m.Indicator.Aggregation == Aggregation.Sum && v < 0)
            found.Add(new(NegativeSum, 0m,
                $"Chỉ tiêu cộng dồn theo tháng mà giá trị âm: {N.Format(v, 4)} (dưới 0).",
                $"A monthly summed indicator with a negative value: {En(v)} (below 0)."));
        if (string.Equals(m.Indicator.Uom?.Trim(), "%", StringComparison.Ordinal) && v > 100m)
            found.Add(new(PercentOver100, 100m,
                $"Chỉ tiêu tính bằng % mà giá trị {N.Format(v, 4)} vượt quá 100.",
                $"An indicator in % with the value {En(v)}, above 100."));
        // A correction from 0 has no ratio: filling in a month first reported as 0 is an ordinary correction.
        if (m.Stored is { } old && old != 0 && v / old is var change && (change > Factor || change < 1 / Factor))
            found.Add(new(TenfoldCorrection, old,
                $"Sửa giá trị đã lưu {N.Format(old, 4)} thành {N.Format(v, 4)}: thay đổi hơn 10 lần.",
                $"Corrects the stored value {En(old)} to {En(v)}: a change of more than 10 times."));
        return found;
    }

    /// <summary>The middle value, or the mean of the two middle ones.</summary>
    public static decimal Median(IReadOnlyList<decimal> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        // One copy sorted in place: every changed figure of an import is judged (LINQ's Order made three buffers).
        var sorted = new decimal[values.Count];
        for (var i = 0; i < sorted.Length; i++) sorted[i] = values[i];
        Array.Sort(sorted);
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static string Times(decimal ratio, bool en = false)
    {
        var rounded = decimal.Round(ratio, ratio >= 100 ? 0 : 1, MidpointRounding.AwayFromZero);
        return en ? rounded.ToString("0.#", CultureInfo.InvariantCulture) : N.Format(rounded, 1);
    }

    private static string En(decimal value) => decimal.Round(value, 4).ToString("0.####", CultureInfo.InvariantCulture);
}
