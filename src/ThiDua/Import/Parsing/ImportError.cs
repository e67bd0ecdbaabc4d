using System.Text.Json.Serialization;

namespace ThiDua.Import.Parsing;

/// <summary>
/// One problem in an imported file: where (<paramref name="Line"/>, 1-based physical line; 0 = the whole file),
/// which column (as written in the file's header, or the canonical name when it is missing), the offending value,
/// and what is wrong and how to fix it in Vietnamese and English. In JSON its names are snake_case, as the outcome's.
/// </summary>
public sealed record ImportError(
    [property: JsonPropertyName("line")] int Line,
    [property: JsonPropertyName("column")] string? Column,
    [property: JsonPropertyName("value")] string? Value,
    [property: JsonPropertyName("message_vi")] string MessageVi,
    [property: JsonPropertyName("message_en")] string MessageEn)
{
    public override string ToString() =>
        $"{(Line > 0 ? $"line {Line}" : "file")}{(Column is null ? "" : $", column '{Column}'")}: {MessageEn} / {MessageVi}";
}
