namespace ThiDua.Import.Parsing;

/// <summary>
/// One problem in an imported file: where (<paramref name="Line"/>, 1-based physical line; 0 = the whole file),
/// which column (as written in the file's header, or the canonical name when it is missing), the offending value,
/// and what is wrong and how to fix it in Vietnamese and English.
/// </summary>
public sealed record ImportError(int Line, string? Column, string? Value, string MessageVi, string MessageEn)
{
    public override string ToString() =>
        $"{(Line > 0 ? $"line {Line}" : "file")}{(Column is null ? "" : $", column '{Column}'")}: {MessageEn} / {MessageVi}";
}
