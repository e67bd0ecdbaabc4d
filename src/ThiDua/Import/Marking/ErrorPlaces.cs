using ThiDua.Import.Parsing;
using ThiDua.Import.Xlsx;

namespace ThiDua.Import.Marking;

/// <summary>
/// Which cells of the file an import's errors point at: row by row, the column indexes (−1: the whole row). A CSV
/// error names its column by the header as written, by its canonical name (the checks against stored data) or as
/// "#3" (a column without a header); a workbook's is already a place, "'Số liệu'!C12 (Giá trị)".
/// </summary>
internal sealed class ErrorPlaces
{
    public const int WholeRow = -1;
    private readonly Dictionary<int, HashSet<int>> columnsByRow = [];

    public IReadOnlySet<int> At(int row) => columnsByRow.TryGetValue(row, out var columns) ? columns : EmptySet;

    public bool Any => columnsByRow.Count > 0;

    /// <summary>The cell an error points at, as a column index (<see cref="WholeRow"/> when none).</summary>
    public delegate int ColumnOf(ImportError error);

    public static ErrorPlaces Of(IEnumerable<ImportError> errors, ColumnOf column)
    {
        var places = new ErrorPlaces();
        foreach (var e in errors.Where(e => e.Line > 0))
        {
            if (!places.columnsByRow.TryGetValue(e.Line, out var columns)) places.columnsByRow[e.Line] = columns = [];
            columns.Add(column(e));
        }
        return places;
    }

    /// <summary>A CSV's columns: the header as written, "#n", or the canonical name the header maps to.</summary>
    public static ColumnOf Csv(IReadOnlyList<string> header, ImportKind kind)
    {
        var written = header.Select(h => h.Trim()).ToList();
        var map = HeaderMap.Build(written, kind, 1, new ImportErrorCollector(1), new("", ""));
        return e =>
        {
            if (e.Column is null) return WholeRow;
            var i = written.IndexOf(e.Column.Trim());
            if (i >= 0) return i;
            if (e.Column.StartsWith('#') && int.TryParse(e.Column.AsSpan(1), out var n) && n > 0) return n - 1;
            return map.IndexOf(e.Column);
        };
    }

    /// <summary>A workbook's columns, read back from the place each error names; a warning's, by its canonical name.</summary>
    public static ColumnOf Workbook(IReadOnlyList<string> header, ImportKind kind)
    {
        var byName = Csv(header, kind);
        return e => XlsxErrorPlace.ColumnOf(e.Column) is var column and >= 0 ? column : byName(e);
    }

    private static readonly HashSet<int> EmptySet = [];
}
