using Npgsql;
using ThiDua.EventStore.Appending;
using ThiDua.Import.Parsing;

namespace ThiDua.Import.Importing;

/// <summary>
/// Imports one CSV file all or nothing: rows are parsed, validated against what is stored and decided while
/// streaming, their events appended inside one repeatable-read transaction that commits only if the whole file
/// is valid (and it is not a dry run). Concurrent changes to the same streams surface as a conflict, never a lost update.
/// </summary>
public sealed class CsvImporter(NpgsqlDataSource dataSource, PostgresEventStore store, TimeProvider clock)
{
    public async Task<ImportOutcome> ImportAsync(Stream content, ImportRequest request, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        var pending = new PendingEvents(store, conn, tx, new StreamVersionCache(conn, tx));
        using var file = CsvImportReader.Read(content, request.FileName, request.Kind, request.Culture, leaveOpen: true, request.Sheet);
        var context = new ImportContext(request, await ImportState.LoadAsync(conn, ct), pending, clock.GetUtcNow(), Guid.CreateVersion7().ToString(),
            () => file.ErrorCount, file.HasColumn);
        var handler = For(request.Kind, conn);
        try
        {
            foreach (var row in file)
            {
                await handler.HandleAsync(row, context, ct);
                if (file.DataRowCount % 10_000 == 0) progress?.Report(file.DataRowCount);
            }
            await handler.CompleteAsync(context, ct);
            var errors = file.Locate(ImportErrorCollector.Combine(CsvImportReader.DefaultMaxErrors, file.ErrorCollector, context.Errors));
            if (errors.Count > 0) return Outcome(request, file, context, pending, accepted: false, errors);
            await pending.FlushAsync(ct);
            if (!request.DryRun) await tx.CommitAsync(ct);
            return Outcome(request, file, context, pending, accepted: true, []);
        }
        catch (Exception e) when (e is ConcurrencyException || e is PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DeadlockDetected })
        {
            return Outcome(request, file, context, pending, accepted: false, [new ImportError(0, null, null,
                "Có người khác vừa cập nhật cùng dữ liệu trong lúc nhập; không có gì được ghi. Hãy nhập lại tệp.",
                "Someone else changed the same data while this file was being imported; nothing was written. Import the file again.")]);
        }
    }

    private static ImportOutcome Outcome(ImportRequest r, CsvImportFile<IImportRow> file, ImportContext c, PendingEvents p, bool accepted, IReadOnlyList<ImportError> errors) =>
        new(r.FileName, ImportKindNames.ToCliWord(r.Kind), accepted, r.DryRun, file.DataRowCount, c.Tally.Created, c.Tally.Changed, c.Tally.Unchanged,
            accepted ? p.Appended : 0, errors);

    private static IRowImport For(ImportKind kind, NpgsqlConnection conn) => kind switch
    {
        ImportKind.Units => new UnitsImport(),
        ImportKind.Campaigns => new CampaignsImport(),
        ImportKind.Indicators => new IndicatorsImport(),
        ImportKind.Targets => new TargetsImport(),
        ImportKind.Measurements => new MeasurementsImport(conn),
        ImportKind.Ratings => new RatingsImport(),
        _ => new AwardFormsImport(),
    };
}
