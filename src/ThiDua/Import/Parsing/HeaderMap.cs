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

    private static readonly HashSet<string> RowNumberKeys = new(StringComparer.Ordinal) { "stt", "tt", "so_thu_tu", "so_tt" };

    /// <param name="file">The file (and sheet) as the messages name it, e.g. "tệp measurements 'so_lieu.csv'" / "the measurements file 'so_lieu.csv'".</param>
    public static HeaderMap Build(IReadOnlyList<string> headers, ImportKind kind, int headerLine, ImportErrorCollector errors, BilingualMessage file)
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
