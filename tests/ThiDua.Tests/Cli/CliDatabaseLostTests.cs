using System.Diagnostics;
using System.Text;
using ThiDua.Tests.Import.Importing;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Cli;

/// <summary>
/// The database stops under a writing command (its connection terminated by an administrator, as a PostgreSQL shutdown
/// does): the command says so in both languages, and that nothing was written, so the same file can be imported again
/// (or the rebuild run again), with exit 1.
/// </summary>
public sealed class CliDatabaseLostTests(SeededDatabase db) : IClassFixture<SeededDatabase>, IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);
    private const long MigrationLock = 0x7468_6964_7561_01;
    private readonly string _dir = Directory.CreateTempSubdirectory("thidua-cli-dblost-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Database_connection_terminated_mid_import_says_nothing_was_written_and_to_import_the_file_again()
    {
        var file = Path.Combine(_dir, "don_vi_lon.csv");
        var csv = new StringBuilder("code;name;kind;parent;cluster\n");
        for (var i = 0; i < 80_000; i++) csv.Append("BIG").Append(i).Append(";Đơn vị lớn ").Append(i).Append(";collective;;\n");
        File.WriteAllText(file, csv.ToString());
        var before = await DatabaseFingerprint.TakeAsync(db);

        var (result, terminated) = await RunTerminatingAsync(["import", "units", file, "--database", db.ConnectionString]);

        terminated.Should().BeTrue("the import's connection was found holding the writers' lock and terminated");
        result.ExitCode.Should().Be(1, result.ToString());
        result.Stderr.Should().Contain("Lỗi cơ sở dữ liệu khi nhập tệp don_vi_lon.csv / database error while importing don_vi_lon.csv")
            .And.Contain("Không có gì được ghi; khi cơ sở dữ liệu chạy lại, hãy nhập lại tệp / nothing was written; import the file again once the database is back")
            .And.NotContain("unexpected error");
        (await DatabaseFingerprint.TakeAsync(db)).Should().Be(before);
    }

    [Fact]
    public async Task Database_connection_terminated_mid_rebuild_says_the_old_read_models_are_kept_and_to_run_it_again()
    {
        var measurements = await db.ScalarAsync("select count(*) from rm_measurements");

        // Found by a projection's lock, held only while a rebuild transaction is open: the serial writers' session lock
        // outlives the inline part's commit by an instant, and cutting it then leaves the rest of the rebuild to finish.
        var (result, terminated) = await RunTerminatingAsync(["projections", "rebuild", "--database", db.ConnectionString], spare: ThiDua.EventStore.Appending.SerialWriter.LockKey);

        terminated.Should().BeTrue("the rebuild's connection was found holding a projection's lock and terminated");
        result.ExitCode.Should().Be(1, result.ToString());
        result.Stderr.Should().Contain("Lỗi cơ sở dữ liệu khi dựng lại các mô hình đọc / database error while rebuilding the read models")
            .And.Contain("vẫn giữ nguyên bản cũ").And.Contain("keep their old contents")
            .And.Contain("run `thidua projections rebuild` again once the database is back").And.NotContain("unexpected error");
        (await db.ScalarAsync("select count(*) from rm_measurements")).Should().Be(measurements, "a read model is either rebuilt whole or kept as it was");
    }

    [Fact]
    public async Task Serial_writers_lock_lost_mid_rebuild_stops_the_rebuild_so_no_import_can_run_beside_it()
    {
        var measurements = await db.ScalarAsync("select count(*) from rm_measurements");

        // Only the session holding the serial writers' lock is cut. A rebuild on another connection than its lock went
        // on and committed (exit 0) with the lock gone, while an import could take it.
        var (result, terminated) = await RunTerminatingAsync(["projections", "rebuild", "--database", db.ConnectionString], only: ThiDua.EventStore.Appending.SerialWriter.LockKey);

        terminated.Should().BeTrue("the session holding the serial writers' lock was found and terminated");
        result.ExitCode.Should().Be(1, result.ToString());
        result.Stderr.Should().Contain("database error while rebuilding the read models").And.Contain("keep their old contents");
        (await db.ScalarAsync("select count(*) from rm_measurements")).Should().Be(measurements);
    }

    // Runs thidua and, from another connection, terminates its backend as soon as it holds an advisory lock inside a
    // transaction (mid-import / mid-rebuild): "57P01 terminating connection due to administrator command".
    /// <param name="spare">A lock whose holder is left alone besides the migrations'.</param>
    /// <param name="only">The one lock whose holder is terminated, when given.</param>
    private async Task<(CliResult Result, bool Terminated)> RunTerminatingAsync(string[] args, long spare = MigrationLock, long? only = null)
    {
        using var process = Process.Start(ThiDuaProcess.StartInfo(args))!;
        try
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            var terminated = false;
            var watch = Stopwatch.StartNew();
            while (!terminated && !process.HasExited && watch.Elapsed < Limit)
            {
                await using var find = db.DataSource.CreateCommand("""
                    select pg_terminate_backend(l.pid) from pg_locks l join pg_stat_activity a on a.pid = l.pid
                    where l.locktype = 'advisory' and l.granted and a.datname = current_database()
                      and (a.xact_start is not null or @onlyHi is not null)
                      and l.pid <> pg_backend_pid() and not (l.classid::bigint = @hi and l.objid::bigint = @lo)
                      and not (l.classid::bigint = @spareHi and l.objid::bigint = @spareLo)
                      and (@onlyHi is null or (l.classid::bigint = @onlyHi and l.objid::bigint = @onlyLo))
                    limit 1
                    """);
                // Not the migrations' lock (MigrationRunner, while the runtime opens): the command's own work is what is cut.
                find.Parameters.AddWithValue("hi", MigrationLock >> 32);
                find.Parameters.AddWithValue("lo", MigrationLock & 0xFFFF_FFFF);
                find.Parameters.AddWithValue("spareHi", spare >> 32);
                find.Parameters.AddWithValue("spareLo", spare & 0xFFFF_FFFF);
                find.Parameters.Add(new Npgsql.NpgsqlParameter<long?>("onlyHi", only >> 32));
                find.Parameters.Add(new Npgsql.NpgsqlParameter<long?>("onlyLo", only & 0xFFFF_FFFF));
                terminated = await find.ExecuteScalarAsync() is true;
                if (!terminated) await Task.Delay(10);
            }
            await process.WaitForExitAsync().WaitAsync(Limit);
            return (new CliResult(process.ExitCode, await stdout, await stderr), terminated);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }
}
