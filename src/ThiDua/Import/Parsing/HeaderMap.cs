namespace ThiDua.Import.Parsing;

/// <summary>
/// Which file column holds each canonical column. Built once from the header row; reports unknown, duplicate and
/// missing required columns. Columns with an empty header are tolerated (Excel's trailing separators) as long as
/// their cells stay empty.
/// </summary>
internal sealed class HeaderMap
{
    private readonly Dictionary<string, int> indexByColumn = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<string> headers;

    private HeaderMap(IReadOnlyList<string> headers) => this.headers = headers;

    public int FieldCount => headers.Count;

    public List<int> UnnamedColumns { get; } = [];

    public bool IsUsable { get; private set; }

    /// <summary>The index of <paramref name="column"/> in the file, or -1 when the file does not have it.</summary>
    public int IndexOf(string column) => indexByColumn.GetValueOrDefault(column, -1);

    /// <summary>The header as the user wrote it (what error messages show), or the canonical name.</summary>
    public string HeaderText(string column) => indexByColumn.TryGetValue(column, out var i) ? headers[i].Trim() : column;

    /// <summary>What to do when the first row holds one cell: office reports open with a title above the table.</summary>
    public static readonly BilingualMessage TitleAbove = new(
        "Nếu đó là tựa đề phía trên bảng (như 'BÁO CÁO …'), xóa các dòng phía trên dòng tiêu đề cột: dòng tiêu đề phải là dòng đầu tiên có chữ.",
        "If it is a title above the table (such as 'BÁO CÁO …'), delete the lines above the column header: the header must be the first line with text.");

    /// <summary>For a header row of one cell (a workbook's title row above its table); null for any other row.</summary>
    public static BilingualMessage? TitleRowHint(IReadOnlyList<string> names)
    {
        if (names.Count(h => h.Trim().Length > 0) != 1) return null;
        var only = CellEcho.Of(names.First(h => h.Trim().Length > 0).Trim());
        return new($"Dòng tiêu đề chỉ có một ô ('{only}'). " + TitleAbove.Vi, $"The header row has one cell only ('{only}'). " + TitleAbove.En);
    }

    private static readonly HashSet<string> RowNumberKeys = new(StringComparer.Ordinal) { "stt", "tt", "so_thu_tu", "so_tt" };

    /// <param name="file">The file (and sheet) as the messages name it, e.g. "tệp measurements 'so_lieu.csv'" / "the measurements file 'so_lieu.csv'".</param>
    public static HeaderMap Build(IReadOnlyList<string> headers, ImportKind kind, int headerLine, ImportErrorCollector errors, BilingualMessage file)
    {
        var map = Map(headers, kind, headerLine, errors, file);
        // A header that is wholly another kind's (a measurements file sent as units) says so first, then its column errors.
        if (!map.IsUsable && Enum.GetValues<ImportKind>().FirstOrDefault(k => k != kind && Fits(headers, k), kind) is var other && other != kind)
            errors.Add(0, null, null, WrongKind(kind, other));
        return map;
    }

    private static bool Fits(IReadOnlyList<string> headers, ImportKind kind) =>
        Map(headers, kind, 0, new ImportErrorCollector(1), new("", "")).IsUsable;

    private static BilingualMessage WrongKind(ImportKind chosen, ImportKind fits)
    {
        var (was, meant) = (ImportKindNames.ToCliWord(chosen), ImportKindNames.ToCliWord(fits));
        return new($"Dòng tiêu đề là của tệp {meant}, không phải {was}: nhập tệp này dưới loại {meant} (thidua import {meant} …; trên trang /imports: ô 'Loại tệp'), hoặc chọn đúng tệp {was}.",
            $"The header is a {meant} file's, not a {was} file's: import this file as {meant} (thidua import {meant} …; on the /imports page: the file type choice), or pick the right {was} file.");
    }

    private static HeaderMap Map(IReadOnlyList<string> headers, ImportKind kind, int headerLine, ImportErrorCollector errors, BilingualMessage file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var map = new HeaderMap(headers);
        var columns = ImportSchemas.For(kind);
        var columnByKey = columns.SelectMany(c => c.Keys.Select(k => (Key: k, Column: c))).DistinctBy(x => x.Key).ToDictionary(x => x.Key, x => x.Column);
        var accepted = string.Join("; ", columns.Select(c => c.ToString()));
        var errorCountBefore = errors.Count;
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i];
            var key = ImportNameNormalizer.Normalize(header);
            if (key.Length == 0)
            {
                map.UnnamedColumns.Add(i);
                continue;
            }
            // Excel sheets in Vietnamese offices open with a row-number column ("STT"): read past it, not refused.
            if (RowNumberKeys.Contains(key)) continue;
            if (!columnByKey.TryGetValue(key, out var column))
            {
                errors.Add(headerLine, header, header, new(
                    $"Cột '{header}' không được hỗ trợ trong {file.Vi}. Các cột được chấp nhận (và tên khác): {accepted}.",
                    $"Unknown column '{header}' in {file.En}. Accepted columns (and aliases): {accepted}."));
                continue;
            }
            if (map.indexByColumn.TryGetValue(column.Name, out var first))
            {
                errors.Add(headerLine, header, header, new(
                    $"Cột '{header}' bị trùng: cột {first + 1} ('{headers[first]}') cũng là '{column.Name}'. Xóa một trong hai cột.",
                    $"Duplicate column '{header}': column {first + 1} ('{headers[first]}') is also '{column.Name}'. Delete one of them."));
                continue;
            }
            map.indexByColumn[column.Name] = i;
        }
        foreach (var column in columns.Where(c => c.Required && !map.indexByColumn.ContainsKey(c.Name)))
        {
            errors.Add(headerLine, column.Name, null, new(
                $"Thiếu cột bắt buộc '{column.Name}' trong {file.Vi} (tên khác được chấp nhận: {string.Join(", ", column.Aliases)}).",
                $"The required column '{column.Name}' is missing from {file.En} (accepted aliases: {string.Join(", ", column.Aliases)})."));
        }
        map.IsUsable = errors.Count == errorCountBefore;
        return map;
    }
}
