using ThiDua.Import.Parsing;

namespace ThiDua.Web.Imports;

/// <summary>An uploaded file that passed its dry run and waits for the analyst's confirmation.</summary>
public sealed record PendingUpload(string Id, string FileName, ImportKind Kind, NumberCulture Culture);
