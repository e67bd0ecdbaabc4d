using ThiDua.Import.Parsing;

namespace ThiDua.Import.Importing;

/// <summary>
/// What to import and how: the file's kind, its number culture, whether only to preview, who asks, and whether a file
/// with plausibility warnings is to be imported anyway (SPEC §5 "Plausibility (v2)").
/// </summary>
/// <param name="Sheet">For an Excel workbook, the sheet to read; null: the first.</param>
/// <param name="CultureChoice">Where whoever reads the errors chooses the culture: the CLI's option, the web form, the API's field.</param>
public sealed record ImportRequest(string FileName, ImportKind Kind, NumberCulture Culture, bool DryRun, string Actor, string? Sheet = null,
    bool AcceptWarnings = false, CultureChoice CultureChoice = CultureChoice.CliOption);
