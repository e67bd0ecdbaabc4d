using ThiDua.Import.Parsing;

namespace ThiDua.Web.Imports;

/// <summary>
/// An uploaded file that passed its dry run and waits for the analyst's confirmation — or a workbook of several sheets
/// kept so another sheet can be checked without uploading it again. <see cref="Sheet"/>: the sheet read (null: the first).
/// </summary>
public sealed record PendingUpload(string Id, string FileName, ImportKind Kind, NumberCulture Culture, string? Sheet = null)
{
    /// <summary>Who uploaded it (the signed-in name); null in a description written before uploads knew their owner.</summary>
    public string? Owner { get; init; }
}
