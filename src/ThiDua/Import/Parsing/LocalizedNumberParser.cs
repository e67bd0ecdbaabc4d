using System.Globalization;
using System.Text;

namespace ThiDua.Import.Parsing;

/// <summary>
/// Reads numbers as Excel writes them in the file's culture. Strict on purpose: <c>1.110</c> is 1110 in vi and
/// 1.11 in en, so a separator that does not fit the culture's grouping (every group after the first exactly three
/// digits) is an error rather than a guess. A trailing <c>%</c> is dropped (<c>96%</c> → 96); spaces and
/// non-breaking spaces around the number, and as thousands separators, are tolerated.
/// </summary>
public static class LocalizedNumberParser
{
    /// <summary>Values beyond ±10^15 are rejected: no KPI in this domain is that large, so it is a broken cell.</summary>
    public const decimal MaxMagnitude = 1_000_000_000_000_000m;

    /// <summary>At most this many significant digits: what a spreadsheet keeps exactly (Excel stores 15).</summary>
    public const int MaxSignificantDigits = 15;

    /// <summary>At most this many decimals (trailing zeros aside): the smallest non-zero number is 0,000001.</summary>
    public const int MaxDecimals = 6;

    /// <param name="choice">Where the reader chooses the culture, named by the message of a number grouped the other way.</param>
    public static bool TryParse(string? text, NumberCulture culture, out decimal value, out BilingualMessage? error, CultureChoice choice = CultureChoice.CliOption) =>
        Parse(text, culture, out value, out error, choice, hinted: true);

    /// <param name="hinted">Whether a "not a number" error says what the cell most likely holds (<see cref="NumberHints"/>).</param>
    internal static bool Parse(string? text, NumberCulture culture, out decimal value, out BilingualMessage? error, CultureChoice choice, bool hinted)
    {
        value = 0;
        error = null;
        var (group, decimalSeparator) = culture == NumberCulture.En ? (',', '.') : ('.', ',');
        // U+2212 is the minus sign itself, U+2009/U+2007 thin and figure spaces group thousands (text copied from Word or a PDF).
        var s = (text ?? "").Trim().Replace('\u00A0', ' ').Replace('\u202F', ' ').Replace('\u2009', ' ').Replace('\u2007', ' ').Replace('\u2212', '-').Trim();
        if (s.EndsWith('%')) s = s[..^1].TrimEnd();
        var digits = new StringBuilder(s.Length);
        var index = 0;
        if (index < s.Length && s[index] is '-' or '+') digits.Append(s[index++]);
        if (!ReadInteger(s, ref index, group, digits, out var badGrouping))
        {
            error = badGrouping ? GroupingError(text, culture, choice) : Unreadable(text, culture, choice, hinted);
            return false;
        }
        if (index < s.Length && s[index] == decimalSeparator)
        {
            index++;
            digits.Append('.');
            var fractionStart = index;
            while (index < s.Length && char.IsAsciiDigit(s[index])) digits.Append(s[index++]);
            if (index == fractionStart)
            {
                error = Unreadable(text, culture, choice, hinted);
                return false;
            }
        }
        if (index != s.Length)
        {
            error = Unreadable(text, culture, choice, hinted);
            return false;
        }
        // Well-formed but more digits than a decimal holds: said as what it is (too large, too many decimals), not "not a number".
        if (digits.Length > 40 ||
            !decimal.TryParse(digits.ToString(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            var (integerDigits, fractionDigits) = DigitCounts(digits.ToString());
            error = integerDigits > 16 ? TooLarge(text) : fractionDigits > MaxDecimals ? TooManyDecimals(text, fractionDigits) : Unreadable(text, culture, choice, hinted);
            return false;
        }
        if (Math.Abs(value) > MaxMagnitude)
        {
            error = TooLarge(text);
            return false;
        }
        var (significant, decimals) = Precision(value);
        if (decimals > MaxDecimals)
        {
            error = TooManyDecimals(text, decimals);
            return false;
        }
        if (significant > MaxSignificantDigits)
        {
            error = new($"Giá trị '{Shown(text)}' có {significant} chữ số có nghĩa (tối đa {MaxSignificantDigits}, như Excel lưu): kiểm tra lại ô này.",
                $"The value '{Shown(text)}' has {significant} significant digits (at most {MaxSignificantDigits}, as Excel keeps them): check this cell.");
            return false;
        }
        return true;
    }

    /// <summary>Significant digits and decimals of <paramref name="value"/>, trailing zeros of the fraction left out.</summary>
    public static (int Significant, int Decimals) Precision(decimal value)
    {
        var text = Math.Abs(value).ToString(CultureInfo.InvariantCulture);
        var point = text.IndexOf('.', StringComparison.Ordinal);
        if (point >= 0) text = text.TrimEnd('0').TrimEnd('.');
        var decimals = point >= 0 && point < text.Length ? text.Length - point - 1 : 0;
        var digits = text.Replace(".", "", StringComparison.Ordinal).TrimStart('0');
        return (Math.Max(digits.Length, 1), decimals);
    }

    // Integer part: plain digits, or 1–3 digits then groups of exactly 3 after each separator (or space).
    private static bool ReadInteger(string s, ref int index, char group, StringBuilder digits, out bool badGrouping)
    {
        badGrouping = false;
        var groupLength = 0;
        var grouped = false;
        var start = index;
        while (index < s.Length)
        {
            var c = s[index];
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
                groupLength++;
                index++;
            }
            else if ((c == group || c == ' ') && index + 1 < s.Length && char.IsAsciiDigit(s[index + 1]))
            {
                if ((grouped && groupLength != 3) || (!grouped && (groupLength is 0 or > 3)))
                {
                    badGrouping = c == group;
                    return false;
                }
                grouped = true;
                groupLength = 0;
                index++;
            }
            else break;
        }
        if (grouped && groupLength != 3)
        {
            badGrouping = true;
            return false;
        }
        return index > start;
    }

    private static string Shown(string? text) => CellEcho.Of(text ?? "");

    // Significant digits of the integer part and decimals of the fraction (trailing zeros aside) of "-123.4500".
    private static (int Integer, int Fraction) DigitCounts(string digits)
    {
        var unsigned = digits.TrimStart('-', '+');
        var point = unsigned.IndexOf('.', StringComparison.Ordinal);
        var integer = (point >= 0 ? unsigned[..point] : unsigned).TrimStart('0');
        var fraction = point >= 0 ? unsigned[(point + 1)..].TrimEnd('0') : "";
        return (integer.Length, fraction.Length);
    }

    internal static BilingualMessage TooLarge(string? text) =>
        new($"Giá trị '{Shown(text)}' quá lớn (vượt quá 10^15): kiểm tra lại ô này.",
            $"The value '{Shown(text)}' is too large (beyond 10^15): check this cell.");

    private static BilingualMessage TooManyDecimals(string? text, int decimals) =>
        new($"Giá trị '{Shown(text)}' có {decimals} chữ số thập phân (tối đa {MaxDecimals}; số khác 0 nhỏ nhất là 0,000001): làm tròn ô này.",
            $"The value '{Shown(text)}' has {decimals} decimals (at most {MaxDecimals}; the smallest non-zero number is 0.000001): round this cell.");

    private static BilingualMessage Unreadable(string? text, NumberCulture culture, CultureChoice choice, bool hinted) =>
        FormatError(text, culture) is var plain && hinted && NumberHints.Of(text ?? "", culture, choice) is { } hint
            ? new(plain.Vi + " " + hint.Vi, plain.En + " " + hint.En)
            : plain;

    private static BilingualMessage FormatError(string? text, NumberCulture culture) => culture == NumberCulture.En
        ? new($"'{Shown(text)}' không phải số hợp lệ theo cách viết số tiếng Anh (1,234.5): dấu phẩy phân cách hàng nghìn, dấu chấm thập phân, ví dụ 1,110,000 hoặc 90.6 hoặc 96%.",
            $"'{Shown(text)}' is not a number in the en format: ',' groups thousands and '.' is the decimal separator, e.g. 1,110,000, 90.6 or 96%.")
        : new($"'{Shown(text)}' không phải số hợp lệ theo cách viết số Việt Nam (1.234,5): dấu chấm phân cách hàng nghìn, dấu phẩy thập phân, ví dụ 1.110.000 hoặc 90,6 hoặc 96%.",
            $"'{Shown(text)}' is not a number in the vi format: '.' groups thousands and ',' is the decimal separator, e.g. 1.110.000, 90,6 or 96%.");

    // Ambiguous in both languages, with why: the separator is the other culture's decimal one, or a thousands group
    // that lacks digits ("90.6" in vi: 90,6 written the English way, or 90.600 cut short?).
    private static BilingualMessage GroupingError(string? text, NumberCulture culture, CultureChoice choice)
    {
        var (vi, en) = Choose(culture == NumberCulture.En ? NumberCulture.Vi : NumberCulture.En, choice);
        var shown = Shown(text);
        return culture == NumberCulture.En
            ? new($"'{shown}' không rõ nghĩa (mơ hồ): với cách viết số tiếng Anh (1,234.5), dấu thập phân là '.', còn ',' chỉ dùng phân cách hàng nghìn (nhóm 3 chữ số), " +
                $"nên không biết '{shown}' là số thập phân viết kiểu Việt Nam hay nhóm hàng nghìn bị thiếu chữ số; ví dụ 1,110,000 hoặc 90.6. Nếu tệp dùng số kiểu Việt Nam, {vi}.",
                $"'{shown}' is ambiguous: in en culture the decimal separator is '.', and ',' only groups thousands (groups of 3 digits), " +
                $"so '{shown}' may be a decimal written the Vietnamese way or a thousands group missing digits; e.g. 1,110,000 or 90.6. If the file uses Vietnamese numbers, {en}.")
            : new($"'{shown}' không rõ nghĩa (mơ hồ): với cách viết số Việt Nam (1.234,5), dấu thập phân là ',', còn '.' chỉ dùng phân cách hàng nghìn (nhóm 3 chữ số), " +
                $"nên không biết '{shown}' là số thập phân viết kiểu tiếng Anh hay nhóm hàng nghìn bị thiếu chữ số; ví dụ 1.110.000 hoặc 90,6. Nếu tệp dùng số kiểu tiếng Anh, {vi}.",
                $"'{shown}' is ambiguous: in vi culture the decimal separator is ',', and '.' only groups thousands (groups of 3 digits), " +
                $"so '{shown}' may be a decimal written the English way or a thousands group missing digits; e.g. 1.110.000 or 90,6. If the file uses English numbers, {en}.");
    }

    // How to read the file the other way, where the reader chooses it: the CLI's option, the upload form's picker in its
    // own words, the API's field.
    internal static (string Vi, string En) Choose(NumberCulture other, CultureChoice choice)
    {
        var (word, label, field) = (NumberCultureNames.ToCliWord(other), NumberCultureNames.ToFormLabel(other), NumberCultureNames.FormField);
        return choice switch
        {
            CultureChoice.WebForm => ($"ở ô '{field}' chọn '{label}' rồi kiểm tra lại tệp",
                $"choose '{label}' under '{field}' (how numbers are written) and check the file again"),
            CultureChoice.ApiField => ($"gửi kèm trường culture={word}", $"send the field culture={word}"),
            _ => ($"chọn --culture {word}", $"use --culture {word}"),
        };
    }
}
