using System.Globalization;
using ThiDua.Import.Parsing;

namespace ThiDua.Import.Xlsx;

/// <summary>
/// A cell as the text the CSV mappers read, so both file types share one validation. Text cells are taken as written
/// (and parsed by the file's <c>--culture</c> like CSV text). A number stored as a number is taken as it is: written
/// back in the culture's own notation without grouping (vi <c>90,6</c>, en <c>90.6</c>) so the culture's parser reads
/// exactly that number, never guessing; a percentage cell ("96%", stored 0.96) reads 96, as the CSV's bare % is
/// dropped. A date cell becomes <c>YYYY-MM-DD</c> — <c>YYYY-MM</c> in a month column when it is the 1st ("Mar-2025").
/// Formulas and error values are refused: the value a formula shows is not in the file for certain.
/// </summary>
internal static class XlsxCellText
{
    public static string Of(XlsxRawCell cell, XlsxPackage package, NumberCulture culture, bool monthColumn, out BilingualMessage? error)
    {
        error = null;
        if (cell.HasFormula)
        {
            error = new("Ô chứa công thức: ThiDua chỉ nhận giá trị. Chọn các ô, Sao chép rồi \"Dán giá trị\" (Paste Values), lưu lại và nhập lại.",
                "The cell holds a formula: ThiDua takes values only. Select the cells, Copy, then \"Paste Values\", save and import again.");
            return "";
        }
        var value = cell.Value ?? "";
        switch (cell.Type)
        {
            case "s":
                if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < package.SharedStrings.Count)
                    return package.SharedStrings[i];
                throw XlsxPackage.Damaged(package.FileName);
            case "inlineStr" or "str":
                return value;
            case "b":
                return value == "1" ? "true" : "false";
            case "e":
                error = new($"Ô có giá trị lỗi {value} của Excel: sửa ô trong Excel rồi nhập lại.",
                    $"The cell holds the Excel error {value}: correct it in Excel and import again.");
                return "";
            case "d":
                return XlsxDateCell.TryParseIso(value, out var iso) ? DateText(iso, monthColumn) : value;
        }
        if (value.Length == 0) return "";
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
            throw XlsxPackage.Damaged(package.FileName);
        if (package.Formats.IsDate(cell.Style))
        {
            if (XlsxDateCell.TryFromSerial(number, package, out var day)) return DateText(day, monthColumn);
            error = new($"Ô định dạng ngày có giá trị {value} không phải một ngày hợp lệ.", $"The date cell holds {value}, which is not a valid date.");
            return value;
        }
        if (Math.Abs(number) >= 1e20)
        {
            // Beyond any KPI, and beyond a decimal: said as too large ("1E+308" read as text was "not a number in the vi format").
            error = LocalizedNumberParser.TooLarge(value);
            return value;
        }
        var exact = (decimal)number; // 15 significant digits, what Excel itself keeps: 90.599999999999994 → 90.6
        if (package.Formats.IsPercent(cell.Style)) exact *= 100m;
        var invariant = exact.ToString("0.############################", CultureInfo.InvariantCulture);
        return culture == NumberCulture.Vi ? invariant.Replace('.', ',') : invariant;
    }

    private static string DateText(DateTime date, bool monthColumn) =>
        monthColumn && date.Day == 1 && date.TimeOfDay == TimeSpan.Zero
            ? date.ToString("yyyy-MM", CultureInfo.InvariantCulture)
            : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
