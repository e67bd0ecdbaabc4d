using System.Globalization;
using System.Xml;
using ThiDua.Exports.Xlsx;
using ThiDua.Import.Parsing;

namespace ThiDua.Import.Xlsx;

/// <summary>
/// A sheet's merged cells (<c>&lt;mergeCells&gt;</c>, written after its rows), so an error on a cell a merge left empty
/// says so: Excel keeps a merged range's value in its first cell only, and an office sheet often merges the campaign
/// column down its rows — each row below was "the required column 'campaign' is empty", the cause not named.
/// </summary>
internal sealed class XlsxMergedCells
{
    private const int MaxRanges = 10_000;
    private readonly List<(int Top, int Left, int Bottom, int Right)> ranges = [];

    public static readonly XlsxMergedCells None = new();

    /// <summary>Reads the rest of the sheet (after its rows) for its merged ranges.</summary>
    public static XlsxMergedCells ReadRest(XmlReader reader)
    {
        var merged = new XlsxMergedCells();
        while (reader.Read())
            if (reader is { NodeType: XmlNodeType.Element, LocalName: "mergeCell" } && merged.ranges.Count < MaxRanges
                && Parse(reader.GetAttribute("ref")) is { } range)
                merged.ranges.Add(range);
        return merged;
    }

    /// <summary><paramref name="error"/> with the merge named, when its cell is a merged range's but not the range's first.</summary>
    public ImportError Explain(ImportError error, int column)
    {
        if (error.Line <= 0 || column < 0) return error;
        foreach (var (top, left, bottom, right) in ranges)
        {
            if (error.Line < top || error.Line > bottom || column < left || column > right || (error.Line == top && column == left)) continue;
            var name = $"{XlsxColumnLetters.Of(left)}{top}:{XlsxColumnLetters.Of(right)}{bottom}";
            return error with
            {
                MessageVi = error.MessageVi + $" Ô này nằm trong vùng ô gộp {name}: Excel chỉ giữ giá trị ở ô đầu của vùng; bỏ gộp ô (Merge & Center) rồi điền giá trị vào từng dòng.",
                MessageEn = error.MessageEn + $" This cell is inside the merged cells {name}: Excel keeps the value in the range's first cell only; unmerge them (Merge & Center) and fill in every row.",
            };
        }
        return error;
    }

    private static (int, int, int, int)? Parse(string? reference)
    {
        var parts = (reference ?? "").Split(':');
        if (parts.Length != 2 || Cell(parts[0]) is not var (top, left) || Cell(parts[1]) is not var (bottom, right)) return null;
        return (top, left, bottom, right);
    }

    private static (int Row, int Column)? Cell(string cell)
    {
        var digits = cell.AsSpan().IndexOfAnyInRange('0', '9');
        if (digits <= 0 || !int.TryParse(cell.AsSpan(digits), NumberStyles.None, CultureInfo.InvariantCulture, out var row)) return null;
        var column = XlsxColumnLetters.IndexOf(cell);
        return column < 0 ? null : (row, column);
    }
}
