using Npgsql;
using ThiDua.EventStore.Appending;

namespace ThiDua.Import.Importing;

/// <summary>
/// The connection and repeatable-read transaction an import decides in: a serial writer's when it may write, a plain
/// one for a dry run (it writes nothing, so it need not wait behind a long import).
/// </summary>
internal sealed class ImportSession : IAsyncDisposable
{
    private readonly SerialWriter? _writer;
    private readonly NpgsqlConnection? _ownConnection;

    private ImportSession(SerialWriter? writer, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        _writer = writer;
        _ownConnection = writer is null ? connection : null;
        Connection = connection;
        Transaction = transaction;
    }

    public NpgsqlConnection Connection { get; }
    public NpgsqlTransaction Transaction { get; }

    public static async Task<ImportSession> BeginAsync(NpgsqlDataSource dataSource, bool dryRun, Action? waiting, CancellationToken ct)
    {
        if (!dryRun)
        {
            var writer = await SerialWriter.BeginAsync(dataSource, System.Data.IsolationLevel.RepeatableRead, waiting, ct);
            return new ImportSession(writer, writer.Connection, writer.Transaction);
        }
        var conn = await dataSource.OpenConnectionAsync(ct);
        var tx = await conn.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        await Registry.RegistryTables.LockForReadingAsync(conn, ct); // a dry run beside a rebuild reads the rebuilt registry
        return new ImportSession(null, conn, tx);
    }

    public async ValueTask DisposeAsync()
    {
        if (_writer is not null)
        {
            await _writer.DisposeAsync();
            return;
        }
        await Transaction.DisposeAsync();
        await _ownConnection!.DisposeAsync();
    }
}
