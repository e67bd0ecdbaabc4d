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
    public IReadOnlyList<ImportError> ToList()
    {
        var ordered = kept.OrderBy(e => e.Line).ToList();
        var dropped = Count - kept.Count;
        if (dropped > 0)
        {
            ordered.Add(new ImportError(0, null, null,
                $"… và {dropped} lỗi khác (chỉ hiển thị {Cap} lỗi đầu tiên). Sửa các lỗi trên rồi nhập lại để xem tiếp.",
                $"… and {dropped} more errors (only the first {Cap} are shown). Fix the errors above and import again to see the rest."));
        }
        return ordered;
    }
}
