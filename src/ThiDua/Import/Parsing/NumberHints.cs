namespace ThiDua.Import.Parsing;

/// <summary>
/// What a cell that is not a number most likely holds, said after the "not a number" message so the clerk knows the
/// one thing to change: Excel's text apostrophe, Excel's "-" for zero, a dash that is not a minus, digits typed with a
/// full-width keyboard, or a number written the other culture's way. Each only explains: nothing here is read as a
/// number, because each has another reading (a "-" is 0 or no figure, "1,234.5" is right only if the file is English).
/// </summary>
internal static class NumberHints
{
    public static BilingualMessage? Of(string text, NumberCulture culture, CultureChoice choice)
    {
        var s = text.Trim();
        if (s.Length == 0) return null;
        if (s is "-" or "–" or "—")
            return new("Excel (định dạng kế toán) hiển thị số 0 thành '-': nếu là 0, ghi 0; nếu tháng này chưa có số liệu, bỏ dòng này.",
                "Excel's accounting format shows 0 as '-': if it is 0, write 0; if there is no figure yet, leave the row out.");
        if (s[0] is '\'' or '’' or '‘' && Reads(s[1..], culture))
            return new($"Bỏ dấu nháy đơn ở đầu ô (Excel dùng nó để giữ ô ở dạng chữ): ghi {CellEcho.Of(s[1..].Trim())}.",
                $"Remove the apostrophe at the start (Excel uses it to keep a cell as text): write {CellEcho.Of(s[1..].Trim())}.");
        if (s[0] is '–' or '—' or '‒' && Reads(s[1..], culture))
            return new($"Dấu '{s[0]}' ở đầu không phải dấu trừ: ghi -{CellEcho.Of(s[1..].Trim())}.",
                $"The '{s[0]}' at the start is a dash, not a minus sign: write -{CellEcho.Of(s[1..].Trim())}.");
        if (s.Any(c => char.IsDigit(c) && !char.IsAsciiDigit(c)))
            return new("Ô có chữ số không phải 0–9 thường (chữ số toàn chiều rộng như '１', hoặc của chữ viết khác): gõ lại bằng chữ số 0–9.",
                "The cell has digits other than the plain 0–9 (full-width digits such as '１', or another script's): type them again as 0–9.");
        var other = culture == NumberCulture.En ? NumberCulture.Vi : NumberCulture.En;
        if (!Reads(s, other)) return null;
        var (vi, en) = LocalizedNumberParser.Choose(other, choice);
        return other == NumberCulture.En
            ? new($"Số này viết kiểu tiếng Anh (1,234.5): nếu cả tệp viết số như vậy, {vi}; nếu không, sửa ô thành kiểu Việt Nam.",
                $"This number is written the English way (1,234.5): if the whole file writes numbers so, {en}; otherwise write this cell the Vietnamese way.")
            : new($"Số này viết kiểu Việt Nam (1.234,5): nếu cả tệp viết số như vậy, {vi}; nếu không, sửa ô thành kiểu tiếng Anh.",
                $"This number is written the Vietnamese way (1.234,5): if the whole file writes numbers so, {en}; otherwise write this cell the English way.");
    }

    private static bool Reads(string text, NumberCulture culture) =>
        LocalizedNumberParser.Parse(text, culture, out _, out _, CultureChoice.CliOption, hinted: false);
}
