namespace ThiDua.Import.Parsing;

/// <summary>
/// Collects the errors of a whole file (never stopping at the first), keeping at most <see cref="Cap"/> so a broken
/// million-line file cannot exhaust memory; the overflow is summarized by one final "and N more" entry.
/// </summary>
internal sealed class ImportErrorCollector(int cap)
{
    private readonly List<ImportError> kept = [];

    public int Cap { get; } = cap;

    public int Count { get; private set; }

    public void Add(ImportError error)
    {
        Count++;
        if (kept.Count < Cap) kept.Add(error);
    }

    public void Add(int line, string? column, string? value, BilingualMessage message) =>
        Add(new ImportError(line, column, value, message.Vi, message.En));

    /// <summary>The kept errors ordered by line (stable), plus the overflow summary when some were dropped.</summary>
    public IReadOnlyList<ImportError> ToList() => Combine(Cap, this);

    /// <summary>
    /// Several collectors' errors as one list (the parser's and the importer's): ordered by line (stable, so file-level
    /// errors on line 0 come first), at most <paramref name="cap"/>, and last one "and N more" entry counting every
    /// error left out.
    /// </summary>
    public static IReadOnlyList<ImportError> Combine(int cap, params ImportErrorCollector[] collectors)
    {
        ArgumentNullException.ThrowIfNull(collectors);
        var ordered = collectors.SelectMany(c => c.kept).OrderBy(e => e.Line).Take(cap).ToList();
        var dropped = collectors.Sum(c => c.Count) - ordered.Count;
        if (dropped > 0)
        {
            ordered.Add(new ImportError(0, null, null,
                $"… và {dropped} lỗi khác (chỉ hiển thị {cap} lỗi đầu tiên). Sửa các lỗi trên rồi nhập lại để xem tiếp.",
                $"… and {dropped} more errors (only the first {cap} are shown). Fix the errors above and import again to see the rest."));
        }
        return ordered;
    }
}
