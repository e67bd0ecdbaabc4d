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

    /// <summary>A well-formed date or month whose year is outside 1900–2999 (so the error can say which range is accepted).</summary>
    public static bool OutOfRange(string? text)
    {
        var s = (text ?? "").Trim();
        if (DateTime.TryParseExact(s, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) return true;
        var digits = s.Split('-', '/');
        if (digits.Length != 2 || !digits.All(d => d.Length is >= 1 and <= 4 && d.All(char.IsAsciiDigit))) return false;
        var (year, month) = digits[0].Length == 4 ? (digits[0], digits[1]) : (digits[1], digits[0]);
        return year.Length == 4 && month.Length <= 2 && int.Parse(month, CultureInfo.InvariantCulture) is >= 1 and <= 12;
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
