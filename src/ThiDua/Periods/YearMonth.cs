using System.Globalization;

namespace ThiDua.Periods;

/// <summary>A calendar month, the period unit of every campaign ("kỳ").</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(YearMonthJsonConverter))]
public readonly record struct YearMonth(int Year, int Month) : IComparable<YearMonth>
{
    public static YearMonth Of(DateOnly date) => new(date.Year, date.Month);

    /// <summary>Months since year 0: how periods are stored (an <c>int</c> column).</summary>
    public int Index => Year * 12 + (Month - 1);

    /// <summary>The month whose <see cref="Index"/> this is.</summary>
    public static YearMonth FromIndex(int index) => new(index / 12, index % 12 + 1);

    public YearMonth AddMonths(int months) => FromIndex(Index + months);

    /// <summary>Months from <paramref name="from"/> to this one, both inclusive.</summary>
    public int MonthsSince(YearMonth from) => Index - from.Index + 1;

    public int CompareTo(YearMonth other) => Index.CompareTo(other.Index);

    public static bool operator <(YearMonth a, YearMonth b) => a.Index < b.Index;
    public static bool operator >(YearMonth a, YearMonth b) => a.Index > b.Index;
    public static bool operator <=(YearMonth a, YearMonth b) => a.Index <= b.Index;
    public static bool operator >=(YearMonth a, YearMonth b) => a.Index >= b.Index;

    public override string ToString() => $"{Year:D4}-{Month:D2}";

    /// <summary>Accepts <c>YYYY-MM</c> and <c>MM/YYYY</c> (also <c>M/YYYY</c>).</summary>
    public static bool TryParse(string? text, out YearMonth value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.Trim();
        int year, month;
        var dash = s.IndexOf('-', StringComparison.Ordinal);
        var slash = s.IndexOf('/', StringComparison.Ordinal);
        if (dash == 4 && s.Length is 7 or 6)
        {
            if (!int.TryParse(s.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out year)) return false;
            if (!int.TryParse(s.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out month)) return false;
        }
        else if (slash is 1 or 2 && s.Length - slash - 1 == 4)
        {
            if (!int.TryParse(s.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out month)) return false;
            if (!int.TryParse(s.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out year)) return false;
        }
        else return false;
        if (month is < 1 or > 12 || year is < 1900 or > 2999) return false;
        value = new YearMonth(year, month);
        return true;
    }

    public static YearMonth Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not a month (YYYY-MM or MM/YYYY).");
}
