using ThiDua.Periods;

namespace ThiDua.Formatting;

/// <summary>Months as Vietnamese readers write them in text, for charts, pages and reports alike ("tháng 06/2022", not "2022-06").</summary>
public static class VietnameseDates
{
    public static string Month(YearMonth month) => $"tháng {month.Month:D2}/{month.Year:D4}";

    /// <summary>A campaign's months in a sentence: "từ tháng 01/2022 đến tháng 12/2022".</summary>
    public static string Span(YearMonth from, YearMonth to) => $"từ {Month(from)} đến {Month(to)}";
}
