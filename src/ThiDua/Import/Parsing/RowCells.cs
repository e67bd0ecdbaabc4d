using System.Globalization;
using ThiDua.Periods;

namespace ThiDua.Import.Parsing;

/// <summary>
/// Typed, validated access to the cells of the current record. Every problem goes to the error collector with the
/// line, the column as the user wrote it and the value; a failed cell returns null so the mapper can go on and find
/// the row's other errors too.
/// </summary>
internal sealed class RowCells(HeaderMap headers, ImportErrorCollector errors, NumberCulture culture, CultureChoice choice = CultureChoice.CliOption)
{
    public const int MaxCodeLength = 64;
    public const int MaxTextLength = 300;
    public const int MaxNoteLength = 2000;

    private Func<int, string> field = _ => "";
    private int errorsAtRowStart;

    public int Line { get; private set; }

    public bool HasErrors => errors.Count > errorsAtRowStart;

    public void MoveTo(int line, Func<int, string> fieldAt)
    {
        Line = line;
        field = fieldAt;
        errorsAtRowStart = errors.Count;
    }

    /// <summary>The trimmed cell, or null when the column is absent or the cell empty.</summary>
    public string? Raw(string column)
    {
        var index = headers.IndexOf(column);
        if (index < 0) return null;
        var value = field(index).Trim();
        return value.Length == 0 ? null : value;
    }

    /// <summary>A code (<see cref="CodeAlphabet"/>): it names a stream, a route and a link, so it must read as what it is.</summary>
    public string? Code(string column, bool required = true)
    {
        var code = CheckedText(column, required, MaxCodeLength, allowLineBreaks: false);
        if (code is null || CodeAlphabet.Problem(code) is not { } problem) return code;
        Error(column, CodeAlphabet.Visible(code), problem);
        return null;
    }

    public string? Text(string column, bool required, int maxLength = MaxTextLength, bool allowLineBreaks = false) =>
        CheckedText(column, required, maxLength, allowLineBreaks);

    public decimal? Number(string column, bool required = false)
    {
        var raw = Present(column, required);
        if (raw is null) return null;
        if (LocalizedNumberParser.TryParse(raw, culture, out var value, out var error, choice)) return value;
        Error(column, CellEcho.Of(raw), error!);
        return null;
    }

    public DateOnly? Date(string column, bool required = false)
    {
        var raw = Present(column, required);
        if (raw is null) return null;
        if (ImportDateParser.TryParseDate(raw, out var date)) return date;
        var shown = CellEcho.Of(raw);
        if (ImportDateParser.OutOfRange(raw))
        {
            Error(column, shown, new($"Ngày '{shown}' nằm ngoài khoảng được nhận (năm 1900 đến năm 2999).",
                $"The date '{shown}' is outside the accepted range (years 1900 to 2999)."));
            return null;
        }
        if (ImportDateParser.DayPastMonthEnd(raw, out var month, out var days))
        {
            var (m, leap) = ($"{month.Month:00}/{month.Year}", month.Month == 2);
            Error(column, shown, new($"Ngày '{shown}' không có: tháng {m} chỉ có {days} ngày{(leap ? $" ({month.Year} không phải năm nhuận)" : "")}. Sửa lại ngày, ví dụ {days:00}/{m}.",
                $"The date '{shown}' does not exist: {m} has {days} days{(leap ? $" ({month.Year} is not a leap year)" : "")}. Correct the day, e.g. {days:00}/{m}."));
            return null;
        }
        Error(column, shown, new($"'{shown}' không phải ngày hợp lệ: dùng YYYY-MM-DD hoặc DD/MM/YYYY, ví dụ 2025-03-31 hoặc 31/03/2025.",
            $"'{shown}' is not a valid date: use YYYY-MM-DD or DD/MM/YYYY, e.g. 2025-03-31 or 31/03/2025."));
        return null;
    }

    public YearMonth? Month(string column, bool required = false, bool acceptDate = false)
    {
        var raw = Present(column, required);
        if (raw is null) return null;
        var ok = acceptDate ? ImportDateParser.TryParseMonthOrDate(raw, out var month) : ImportDateParser.TryParseMonth(raw, out month);
        if (ok) return month;
        var shown = CellEcho.Of(raw);
        if (ImportDateParser.IsDate(raw, out var day))
        {
            // Its year may well be fine: the problem is the day, so the fix names the month it meant.
            var (mmYyyy, yyyyMm) = (day.ToString("MM/yyyy", CultureInfo.InvariantCulture), day.ToString("yyyy-MM", CultureInfo.InvariantCulture));
            Error(column, shown, new($"'{shown}' là một ngày, không phải tháng: ghi tháng, ví dụ {mmYyyy} hoặc {yyyyMm}.",
                $"'{shown}' is a date, not a month: write the month, e.g. {mmYyyy} or {yyyyMm}."));
            return null;
        }
        if (ImportDateParser.IsMonthInAnotherForm(raw, out var meant))
        {
            // 01-2026, 2026/03: the month is plain, only its form is not one that is read; say how to write it.
            var (mmYyyy, yyyyMm) = ($"{meant.Month:D2}/{meant.Year:D4}", meant.ToString());
            Error(column, shown, new($"'{shown}' không phải cách ghi tháng được nhận: ghi {yyyyMm} hoặc {mmYyyy} (YYYY-MM hoặc MM/YYYY).",
                $"'{shown}' is not a way of writing a month that is read: write {yyyyMm} or {mmYyyy} (YYYY-MM or MM/YYYY)."));
            return null;
        }
        if (ImportDateParser.OutOfRange(raw))
        {
            Error(column, shown, new($"Tháng '{shown}' nằm ngoài khoảng được nhận (năm 1900 đến năm 2999).",
                $"The month '{shown}' is outside the accepted range (years 1900 to 2999)."));
            return null;
        }
        Error(column, shown, new($"'{shown}' không phải tháng hợp lệ: dùng YYYY-MM hoặc MM/YYYY, ví dụ 2025-03 hoặc 03/2025.",
            $"'{shown}' is not a valid month: use YYYY-MM or MM/YYYY, e.g. 2025-03 or 03/2025."));
        return null;
    }

    public T? Choice<T>(string column, ValueAliases<T> aliases, bool required = true) where T : struct
    {
        var raw = Present(column, required);
        if (raw is null) return null;
        if (aliases.TryParse(raw, out var value)) return value;
        var shown = CellEcho.Of(raw);
        Error(column, shown, new($"Giá trị '{shown}' không hợp lệ cho cột '{Header(column)}'. Giá trị được chấp nhận: {aliases.Expected}.",
            $"'{shown}' is not a valid {aliases.ValueName} for column '{Header(column)}'. Accepted values: {aliases.Expected}."));
        return null;
    }

    public void Error(string column, string? value, BilingualMessage message) => errors.Add(Line, Header(column), value, message);

    private string Header(string column) => headers.HeaderText(column);

    private string? Present(string column, bool required)
    {
        var raw = Raw(column);
        if (raw is null && required)
        {
            Error(column, null, new($"Thiếu giá trị ở cột bắt buộc '{Header(column)}'.",
                $"The required column '{Header(column)}' is empty."));
        }
        return raw;
    }

    // Loops, not LINQ: every text cell of a file passes here (a closure and an enumerator per cell otherwise).
    private static bool HasControl(string raw, bool allowLineBreaks)
    {
        foreach (var c in raw)
            if (char.IsControl(c) && !(allowLineBreaks && c is '\n' or '\r' or '\t')) return true;
        return false;
    }

    private static char FirstInvisible(string raw)
    {
        foreach (var c in raw)
            if (CodeAlphabet.IsInvisible(c)) return c;
        return default;
    }

    private string? CheckedText(string column, bool required, int maxLength, bool allowLineBreaks)
    {
        var raw = Present(column, required);
        if (raw is null) return null;
        if (raw.Length > maxLength)
        {
            Error(column, CellEcho.Of(raw), new($"Giá trị quá dài ({raw.Length} ký tự, tối đa {maxLength}).",
                $"The value is too long ({raw.Length} characters, at most {maxLength})."));
            return null;
        }
        if (GarbledText.Problem(raw) is { } garbled)
        {
            // Before the control characters: Latin-1's reading leaves C1 controls, and this message says how to mend it.
            Error(column, garbled.Shown, garbled.Message);
            return null;
        }
        if (HasControl(raw, allowLineBreaks))
        {
            Error(column, raw, new("Giá trị chứa ký tự điều khiển (ví dụ xuống dòng, tab): xóa các ký tự đó.",
                "The value contains control characters (e.g. a line break or tab): remove them."));
            return null;
        }
        if (FirstInvisible(raw) is var invisible && invisible != default)
        {
            // Zero-width and bidi-override characters make two different values look alike, or a name read backwards.
            Error(column, CodeAlphabet.Visible(raw), new(
                $"Giá trị chứa ký tự vô hình hoặc ký tự đảo chiều văn bản ({CodeAlphabet.Describe(invisible)}): xóa ký tự đó.",
                $"The value contains an invisible or text-direction character ({CodeAlphabet.Describe(invisible)}): remove it."));
            return null;
        }
        if (raw[0] is '=' or '+' or '-' or '@')
        {
            // Formula injection: Excel would run "=HYPERLINK(...)" when a report of this value is opened.
            Error(column, raw, new($"Giá trị không được bắt đầu bằng '{raw[0]}' (=, +, -, @ bị coi là công thức Excel). Xóa hoặc đổi ký tự đầu.",
                $"The value must not start with '{raw[0]}' (=, +, -, @ start an Excel formula). Remove or change the first character."));
            return null;
        }
        // Vietnamese letters may come decomposed (macOS, some web forms): stored composed (NFC), so "Phòng" is one name and one code.
        return raw.IsNormalized() ? raw : raw.Normalize();
    }
}
