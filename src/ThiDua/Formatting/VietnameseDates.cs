using System.Globalization;
using ThiDua.Periods;

namespace ThiDua.Formatting;

/// <summary>Months as Vietnamese readers write them in text, for charts, pages and reports alike ("tháng 06/2022", not "2022-06").</summary>
public static class VietnameseDates
{
    public static string Month(YearMonth month) => $"tháng {MonthNumber(month)}";

    /// <summary>A month as a cell or a clause writes it, without "tháng": <c>07/2025</c>.</summary>
    public static string MonthNumber(YearMonth month) => $"{month.Month:D2}/{month.Year:D4}";

    /// <summary>A day as Vietnamese readers write it: <c>01/06/2021</c>.</summary>
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>An instant in Vietnam time as pages and reports write it: <c>01/07/2022 07:00</c> (with seconds <c>01/07/2022 07:00:31</c>).</summary>
    public static string Instant(DateTimeOffset at, bool seconds = false) =>
        at.ToOffset(Reports.ReportCutOff.VietnamOffset).ToString(seconds ? "dd/MM/yyyy HH:mm:ss" : "dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>
    /// A cut-off ("số liệu tính đến") in Vietnam time: to the minute when it falls on one (<c>01/07/2022 07:00</c>), else
    /// with its seconds and any fraction (<c>06/12/2026 21:09:37</c>, <c>06/12/2026 21:10:01.351012</c>) — the instant the
    /// figures are as of, so two cut-offs in one minute read apart and the one printed remakes the same document.
    /// </summary>
    public static string CutOff(DateTimeOffset at) =>
        at.Ticks % TimeSpan.TicksPerMinute == 0 ? Instant(at)
            : at.ToOffset(Reports.ReportCutOff.VietnamOffset).ToString("dd/MM/yyyy HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    /// <summary>
    /// An instant as <c>--as-of</c> and <c>?asOf=</c> take it back: ISO 8601 in Vietnam time, to the fraction of a second it
    /// has (<c>2024-07-05T08:00:00+07:00</c>, <c>2026-12-06T21:10:01.351012+07:00</c>).
    /// </summary>
    public static string Iso(DateTimeOffset at) =>
        at.ToOffset(Reports.ReportCutOff.VietnamOffset).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    /// <summary>A campaign's months in a sentence: "từ tháng 01/2022 đến tháng 12/2022".</summary>
    public static string Span(YearMonth from, YearMonth to) => $"từ {Month(from)} đến {Month(to)}";
}
