using ThiDua.Import.Parsing;

namespace ThiDua.Import.Xlsx;

/// <summary>
/// When the header of the sheet read is not recognised and the workbook has other sheets: which sheet was read, which
/// there are, and how to choose one. The first sheet of an office workbook is often its instructions ("Hướng dẫn").
/// </summary>
internal static class XlsxOtherSheets
{
    public static BilingualMessage? Hint(XlsxPackage package, string kindWord, int headerRow)
    {
        if (Choice(package) is not { } choice) return null;
        var (whyVi, whyEn) = package.SheetChosen ? ("", "") : (" (trang đầu tiên, vì không có --sheet)", " (the first one, as no --sheet was given)");
        return new(
            $"Đã đọc trang tính '{package.SheetName}'{whyVi} và hàng {headerRow} của nó không phải dòng tiêu đề của tệp {kindWord}. " + choice.Vi,
            $"Read the sheet '{package.SheetName}'{whyEn}, and its row {headerRow} is not a {kindWord} header. " + choice.En);
    }

    /// <summary>The workbook's sheets and how to choose another one; null when it has no other.</summary>
    public static BilingualMessage? Choice(XlsxPackage package)
    {
        var other = package.Sheets.FirstOrDefault(s => !string.Equals(s, package.SheetName, StringComparison.Ordinal));
        if (other is null) return null;
        var names = string.Join(", ", package.Sheets.Select(s => $"'{s}'"));
        return new($"Các trang tính của tệp: {names}. Nếu số liệu ở trang khác, chọn trang đó: --sheet \"{other}\" (trên trang web: ô chọn trang tính).",
            $"The workbook's sheets: {names}. If the data is on another sheet, choose it: --sheet \"{other}\" (on the web page: the sheet choice).");
    }
}
