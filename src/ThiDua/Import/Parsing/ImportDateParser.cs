using System.Globalization;
using ThiDua.Periods;

namespace ThiDua.Import.Parsing;

/// <summary>Dates <c>YYYY-MM-DD</c> or <c>DD/MM/YYYY</c> (also <c>D/M/YYYY</c>, as Excel vi-VN writes); months via <see cref="YearMonth.TryParse"/>.</summary>
public static class ImportDateParser
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact((text ?? "").Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
        && date.Year is >= 1900 and <= 2999;

    public static bool TryParseMonth(string? text, out YearMonth month) => YearMonth.TryParse(text, out month);

    /// <summary>A date in an accepted shape whose day its month does not have (<c>29/02/2025</c>, <c>31/04/2025</c>), so the
    /// error can say how many days the month has instead of "not a valid date".</summary>
    public static bool DayPastMonthEnd(string? text, out YearMonth month, out int days)
    {
        (month, days) = (default, 0);
        var match = System.Text.RegularExpressions.Regex.Match((text ?? "").Trim(), @"^(?:(?<y>[0-9]{4})-(?<m>[0-9]{1,2})-(?<d>[0-9]{1,2})|(?<d>[0-9]{1,2})/(?<m>[0-9]{1,2})/(?<y>[0-9]{4}))$");
        if (!match.Success) return false;
        var (y, m, d) = (int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture));
        if (y is < 1900 or > 2999 || m is < 1 or > 12 || d is < 29 or > 31 || d <= DateTime.DaysInMonth(y, m)) return false;
        (month, days) = (new YearMonth(y, m), DateTime.DaysInMonth(y, m));
        return true;
    }

    /// <summary>A well-formed date or month whose year is outside 1900–2999 (so the error can say which range is accepted).
    /// Only the accepted shapes count (<c>YYYY-MM</c>, <c>MM/YYYY</c>): <c>01-2026</c> is a month written the wrong way
    /// round, not one out of range.</summary>
    public static bool OutOfRange(string? text)
    {
        var s = (text ?? "").Trim();
        if (DateTime.TryParseExact(s, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) return true;
        if (!TwoNumbers(s, out var first, out var second, out var separator)) return false;
        var (year, month) = separator switch
        {
            '-' when first.Length == 4 && second.Length <= 2 => (first, second),
            '/' when second.Length == 4 && first.Length <= 2 => (second, first),
            _ => ("", ""),
        };
        return year.Length == 4 && int.Parse(month, CultureInfo.InvariantCulture) is >= 1 and <= 12
            && int.Parse(year, CultureInfo.InvariantCulture) is < 1900 or > 2999;
    }

    /// <summary>A month in a form that is not read — <c>MM-YYYY</c>, <c>YYYY/MM</c>, <c>MM.YYYY</c>, <c>YYYY.MM</c>, and the
    /// office's <c>T5/2024</c>, <c>Tháng 5 năm 2024</c>, <c>202405</c> (<see cref="VietnameseMonth"/>) — as the
    /// month it plainly means, so the error can write it the way that is read. Never used to accept a value.</summary>
    public static bool IsMonthInAnotherForm(string? text, out YearMonth month)
    {
        month = default;
        var s = (text ?? "").Trim();
        if (VietnameseMonth.Read(s) is var (vy, vm)) return Month(vy, vm, out month);
        if (!TwoNumbers(s, out var first, out var second, out var separator)) return false;
        var (year, monthText) = (first.Length, second.Length) switch
        {
            (4, <= 2) when separator is '/' or '.' => (first, second),
            (<= 2, 4) when separator is '-' or '.' => (second, first),
            _ => ("", ""),
        };
        if (year.Length == 0) return false;
        return Month(int.Parse(year, CultureInfo.InvariantCulture), int.Parse(monthText, CultureInfo.InvariantCulture), out month);
    }

    private static bool Month(int y, int m, out YearMonth month)
    {
        month = default;
        if (m is < 1 or > 12 || y is < 1900 or > 2999) return false;
        month = new YearMonth(y, m);
        return true;
    }

    private static bool TwoNumbers(string s, out string first, out string second, out char separator)
    {
        (first, second, separator) = ("", "", default);
        var at = s.IndexOfAny(['-', '/', '.']);
        if (at <= 0 || s.IndexOfAny(['-', '/', '.'], at + 1) >= 0) return false;
        (first, second, separator) = (s[..at], s[(at + 1)..], s[at]);
        return first.Length <= 4 && second.Length is >= 1 and <= 4 && first.All(char.IsAsciiDigit) && second.All(char.IsAsciiDigit);
    }

    /// <summary>A whole date (any year), so a date written where a month belongs is told apart from a month out of range.</summary>
    public static bool IsDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact((text ?? "").Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>A month, or a date read as its month (a task deadline written as a day).</summary>
    public static bool TryParseMonthOrDate(string? text, out YearMonth month)
    {
        if (TryParseMonth(text, out month)) return true;
        if (!TryParseDate(text, out var date)) return false;
        month = YearMonth.Of(date);
        return true;
    }
}
