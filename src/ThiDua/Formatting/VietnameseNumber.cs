using System.Globalization;

namespace ThiDua.Formatting;

/// <summary>
/// Numbers as a Vietnamese reader writes them: <c>1.110.000</c>, <c>90,6</c>, <c>97,3%</c>.
/// The format is built here rather than taken from the "vi-VN" culture so the output does not
/// depend on the machine's ICU data or current culture (reports must be reproducible byte for byte).
/// </summary>
public static class VietnameseNumber
{
    /// <summary>Largest number of decimals a <see cref="decimal"/> can carry.</summary>
    public const int MaxDecimals = 28;

    /// <summary>Thousands separator <c>.</c>, decimal separator <c>,</c>, ASCII minus, groups of three.</summary>
    public static NumberFormatInfo FormatInfo { get; } = CreateFormatInfo();

    // "#,##0" followed by up to 28 optional decimals; sliced per call instead of rebuilt.
    private const string OptionalDecimalsPattern = "#,##0.############################";
    private const string FixedDecimalsPattern = "#,##0.0000000000000000000000000000";

    /// <summary>
    /// <paramref name="value"/> rounded (away from zero) to at most <paramref name="maxDecimals"/>
    /// decimals, trailing zeros dropped: <c>Format(97.250m, 2)</c> is <c>97,25</c>, <c>Format(1110000m)</c> is <c>1.110.000</c>.
    /// </summary>
    public static string Format(decimal value, int maxDecimals = 2)
    {
        var decimals = CheckDecimals(maxDecimals);
        var rounded = RoundWithoutNegativeZero(value, decimals);
        var pattern = decimals == 0 ? "#,##0" : OptionalDecimalsPattern[..(6 + decimals)];
        return rounded.ToString(pattern, FormatInfo);
    }

    /// <summary>Exactly <paramref name="decimals"/> decimals: <c>FormatFixed(97.2m, 2)</c> is <c>97,20</c>.</summary>
    public static string FormatFixed(decimal value, int decimals)
    {
        var count = CheckDecimals(decimals);
        var rounded = RoundWithoutNegativeZero(value, count);
        var pattern = count == 0 ? "#,##0" : FixedDecimalsPattern[..(6 + count)];
        return rounded.ToString(pattern, FormatInfo);
    }

    /// <summary>
    /// A ratio as a percentage: <c>FormatPercent(0.9734m)</c> is <c>97,3%</c>. No space before
    /// the sign, as in the campaign plans ("≥ 82%").
    /// </summary>
    public static string FormatPercent(decimal ratio, int maxDecimals = 1) =>
        WithUnit(Format(ratio * 100m, maxDecimals), "%");

    /// <summary>
    /// A figure already written (<see cref="Format"/>) followed by its unit of measure: <c>WithUnit("279", "vụ")</c> is
    /// <c>279 vụ</c>, but <c>WithUnit("98,2", "%")</c> is <c>98,2%</c> — the percent sign takes no space, as
    /// <see cref="FormatPercent"/> writes it, so an indicator measured in % reads as the ratios beside it. No unit: the
    /// figure alone.
    /// </summary>
    public static string WithUnit(string figure, string? unit)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var u = unit?.Trim();
        if (string.IsNullOrEmpty(u)) return figure;
        return u == "%" ? figure + "%" : figure + " " + u;
    }

    private static int CheckDecimals(int decimals) =>
        decimals is < 0 or > MaxDecimals
            ? throw new ArgumentOutOfRangeException(nameof(decimals), decimals, $"Between 0 and {MaxDecimals}.")
            : decimals;

    // decimal keeps a sign on zero (-0.04 rounds to -0.0); a reader should never see "-0".
    private static decimal RoundWithoutNegativeZero(decimal value, int decimals)
    {
        var rounded = decimal.Round(value, decimals, MidpointRounding.AwayFromZero);
        return rounded == 0m ? 0m : rounded;
    }

    private static NumberFormatInfo CreateFormatInfo()
    {
        var info = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
        info.NumberDecimalSeparator = ",";
        info.NumberGroupSeparator = ".";
        info.NumberGroupSizes = [3];
        info.PercentDecimalSeparator = ",";
        info.PercentGroupSeparator = ".";
        info.PercentGroupSizes = [3];
        info.NegativeSign = "-";
        info.PositiveSign = "+";
        return NumberFormatInfo.ReadOnly(info);
    }
}
