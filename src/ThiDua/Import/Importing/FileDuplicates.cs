namespace ThiDua.Import.Importing;

/// <summary>
/// Remembers each key's first row in the file: the same key again with the same content is harmless,
/// with a different content it is an error (which of the two should win?).
/// </summary>
internal sealed class FileDuplicates<TKey, TValue> where TKey : notnull
{
    private readonly Dictionary<TKey, (int Line, TValue Value)> _seen = [];

    /// <summary>Returns true when the row should be processed; false for a repeat (reporting a conflicting one).</summary>
    public bool Check(TKey key, TValue value, int line, string column, string shownKey, ImportContext context)
    {
        if (!_seen.TryGetValue(key, out var first))
        {
            _seen[key] = (line, value);
            return true;
        }
        if (!EqualityComparer<TValue>.Default.Equals(first.Value, value)) FileDuplicates.Conflict(context, line, column, shownKey, shownKey, first.Line);
        return false;
    }
}

/// <summary>The error both duplicate checks report.</summary>
internal static class FileDuplicates
{
    /// <param name="cell">The offending cell's text, the key itself unless the conflict is in another column (a measurement's value).</param>
    public static void Conflict(ImportContext context, int line, string column, string cell, string shownKey, int firstLine) =>
        context.Error(line, column, cell,
            $"'{shownKey}' đã có ở dòng {firstLine} với giá trị khác: mỗi khóa chỉ được xuất hiện một lần trong tệp — hãy giữ một dòng.",
            $"'{shownKey}' already appears on line {firstLine} with a different value: each key may appear once per file — keep one row.");
}
