using ThiDua.Exports.Xlsx;
using ThiDua.Import.Parsing;

namespace ThiDua.Tests.Import.Xlsx;

/// <summary>
/// A seed CSV (vi culture, ";") as the workbook an office would keep: numbers as number cells, dates and months as
/// date cells (a month as its 1st), the rest as text; written by the product's own .xlsx writer.
/// </summary>
public static class SeedWorkbook
{
    private static readonly HashSet<string> Numbers = ["target", "target_max", "baseline", "value", "weight", "score_cap", "quota"];
    private static readonly HashSet<string> Dates = ["start", "end", "registration_deadline", "dossier_deadline", "midterm_review", "final_review", "deadline", "period"];

    public static byte[] From(string csvPath, string sheetName = "Sheet1")
    {
        var lines = File.ReadAllLines(csvPath).Where(l => l.Trim().Length > 0).Select(l => Split(l)).ToList();
        var header = lines[0];
        var columns = header.Select(h => new XlsxColumn(h, Numbers.Contains(h) ? XlsxCellStyle.Number : Dates.Contains(h) ? XlsxCellStyle.Date : XlsxCellStyle.Text)).ToList();
        var rows = lines.Skip(1).Select(cells => cells.Select((cell, i) => Cell(header[i], cell)).ToArray()).ToList();
        return XlsxWorkbookWriter.ToBytes([new XlsxSheet(sheetName, columns, rows)]);
    }

    private static object? Cell(string column, string text)
    {
        if (text.Length == 0) return null;
        if (Numbers.Contains(column) && LocalizedNumberParser.TryParse(text, NumberCulture.Vi, out var number, out _)) return number;
        if (Dates.Contains(column) && ImportDateParser.TryParseDate(text, out var date)) return date;
        if (Dates.Contains(column) && ImportDateParser.TryParseMonth(text, out var month)) return new DateOnly(month.Year, month.Month, 1);
        return text;
    }

    /// <summary>A ";" (or <paramref name="separator"/>) line with RFC 4180 quotes.</summary>
    public static string[] Split(string line, char separator = ';')
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == separator && !quoted) { cells.Add(cell.ToString()); cell.Clear(); }
            else cell.Append(c);
        }
        cells.Add(cell.ToString());
        return [.. cells];
    }
}
