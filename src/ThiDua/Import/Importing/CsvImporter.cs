using Npgsql;
using ThiDua.EventStore.Appending;
using ThiDua.Import.Parsing;

namespace ThiDua.Import.Importing;

/// <summary>
/// Imports one CSV file all or nothing: rows are parsed, validated against what is stored and decided while
/// streaming, their events appended inside one repeatable-read transaction that commits only if the whole file
/// is valid (and it is not a dry run). Imports that write run one after another (<see cref="SerialWriter"/>): a file
/// is decided against everything committed before it, rows it leaves unchanged included, so the outcome of
/// concurrent imports is always one serial order of them. A dry run writes nothing and does not wait.
/// </summary>
public sealed class CsvImporter(NpgsqlDataSource dataSource, PostgresEventStore store, TimeProvider clock)
{
    public async Task<ImportOutcome> ImportAsync(Stream content, ImportRequest request, IProgress<int>? progress = null, CancellationToken ct = default,
        Action? waiting = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var session = await ImportSession.BeginAsync(dataSource, request.DryRun, waiting, ct);
        var (conn, tx) = (session.Connection, session.Transaction);
        var pending = new PendingEvents(store, conn, tx, new StreamVersionCache(conn, tx));
        using var file = CsvImportReader.Read(content, request.FileName, request.Kind, request.Culture, leaveOpen: true, request.Sheet, request.CultureChoice);
        var correlationId = Guid.CreateVersion7().ToString();
        var context = new ImportContext(request, await ImportState.LoadAsync(conn, MeasuredCampaignCache.For(dataSource), ct), pending, clock.GetUtcNow(), correlationId,
            () => file.ErrorCount, file.HasColumn, file.HeaderText);
        var handler = For(request.Kind, conn);
        try
        {
            foreach (var row in file)
            {
                ct.ThrowIfCancellationRequested();
                await handler.HandleAsync(row, context, ct);
                if (file.DataRowCount % 10_000 == 0) progress?.Report(file.DataRowCount);
            }
            await handler.CompleteAsync(context, ct);
            var errors = file.Locate(ImportErrorCollector.Combine(CsvImportReader.DefaultMaxErrors, file.ErrorCollector, context.Errors));
            if (errors.Count > 0) return Outcome(request, file, context, pending, accepted: false, errors);
            // Refused like an error unless accepted (SPEC §5 "Plausibility (v2)"), with the warnings and changes listed.
            if (context.Warnings.Count > 0 && !request.AcceptWarnings) return Outcome(request, file, context, pending, accepted: false, []);
            await pending.FlushAsync(ct);
            // Not cancellable: a commit cut short by Ctrl+C could not say whether it was written, and a stopped import says nothing was.
            if (!request.DryRun) await ImportCommit.CommitAsync(dataSource, conn, tx, request.FileName);
            return Outcome(request, file, context, pending, accepted: true, []);
        }
        catch (Exception e) when (e is ConcurrencyException || e is PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DeadlockDetected })
        {
            // Imports wait for each other, so this needs a writer outside them (a tool writing to the database directly).
            return Outcome(request, file, context, pending, accepted: false, [ImportConflict.Describe(e)]);
        }
    }

    private static ImportOutcome Outcome(ImportRequest r, CsvImportFile<IImportRow> file, ImportContext c, PendingEvents p, bool accepted, IReadOnlyList<ImportError> errors) =>
        new(r.FileName, ImportKindNames.ToCliWord(r.Kind), accepted, r.DryRun, file.DataRowCount, c.Tally.Created, c.Tally.Changed, c.Tally.Unchanged,
            accepted ? p.Appended : 0, errors)
        {
            Warnings = Plausibility.WarningList.Capped(c.Warnings, CsvImportReader.DefaultMaxErrors),
            WarningCount = c.Warnings.Count,
            Changes = c.Changes,
            UnitChanges = c.UnitChanges.Count > 0 ? c.UnitChanges : null,
        };

    private static IRowImport For(ImportKind kind, NpgsqlConnection conn) => kind switch
    {
        ImportKind.Units => new UnitsImport(),
        ImportKind.Campaigns => new CampaignsImport(),
        ImportKind.Indicators => new IndicatorsImport(),
        ImportKind.Targets => new TargetsImport(),
        ImportKind.Measurements => new MeasurementsImport(conn),
        ImportKind.Ratings => new RatingsImport(),
        ImportKind.Clusters => new ClustersImport(conn),
        ImportKind.Registrations => new RegistrationsImport(conn),
        ImportKind.AwardDecisions => new AwardDecisionsImport(conn),
        _ => new AwardFormsImport(),
    };
}
