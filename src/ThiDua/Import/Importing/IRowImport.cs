using ThiDua.Import.Parsing;

namespace ThiDua.Import.Importing;

/// <summary>Validates one kind of row against what is stored and decides its events.</summary>
internal interface IRowImport
{
    Task HandleAsync(IImportRow row, ImportContext context, CancellationToken ct);

    /// <summary>Checks that need the whole file (e.g. a parent defined further down) and pending work.</summary>
    Task CompleteAsync(ImportContext context, CancellationToken ct);
}
