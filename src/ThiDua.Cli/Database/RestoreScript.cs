using System.Diagnostics;
using System.Text;
using Npgsql;

namespace ThiDua.Cli.Database;

/// <summary>
/// Replaces the database's tables with a dump's, in one transaction run by psql: the tables and sequences there are
/// dropped, the dump's SQL (pg_restore's, for the custom format) follows, and the commit is sent only once the whole
/// dump was read — a dump cut short, an error in it, or a lost connection leave the database as it was.
/// </summary>
internal static class RestoreScript
{
    // Only what a database user owns in the public schema, so it also works where the schema itself belongs to someone else.
    private const string Clear = """
        \set ON_ERROR_STOP 1
        begin;
        do $clear$ declare r record; begin
          for r in select format('drop table if exists public.%I cascade', tablename) as s from pg_tables where schemaname = 'public' loop execute r.s; end loop;
          for r in select format('drop sequence if exists public.%I cascade', sequence_name) as s from information_schema.sequences where sequence_schema = 'public' loop execute r.s; end loop;
        end $clear$;

        """;

    /// <summary>Null when restored, else the reason (psql's or pg_restore's last words).</summary>
    public static async Task<string?> RunAsync(string file, BackupFormat format, NpgsqlConnectionStringBuilder database, CancellationToken ct)
    {
        using var psql = Process.Start(PgClient.StartInfo("psql", database, true, "-X", "-q", "--no-password", "-v", "ON_ERROR_STOP=1", "-f", "-"))!;
        var psqlOut = psql.StandardOutput.ReadToEndAsync(ct);
        var psqlErr = psql.StandardError.ReadToEndAsync(ct);
        var input = psql.StandardInput.BaseStream;
        string? sourceFailed = null;
        try
        {
            await input.WriteAsync(Encoding.UTF8.GetBytes(Clear), ct);
            if (format == BackupFormat.Custom)
            {
                // Owners and grants left out: the restoring user owns what it restores (another server may have no role "thidua").
                using var restore = Process.Start(PgClient.StartInfo("pg_restore", database, false, "--no-owner", "--no-privileges", "--file=-", file))!;
                var restoreErr = restore.StandardError.ReadToEndAsync(ct);
                await restore.StandardOutput.BaseStream.CopyToAsync(input, ct);
                await restore.WaitForExitAsync(ct);
                if (restore.ExitCode != 0) sourceFailed = "pg_restore: " + PgClient.Reason(await restoreErr);
            }
            else
            {
                await using var dump = File.OpenRead(file);
                await dump.CopyToAsync(input, ct);
            }
            // The end of the dump decides: commit what it built, or roll all of it back.
            await input.WriteAsync(Encoding.UTF8.GetBytes(sourceFailed is null ? "\ncommit;\n" : "\nrollback;\n"), ct);
        }
        catch (IOException)
        {
            // psql stopped reading: it met an error (ON_ERROR_STOP) and left, rolling back; its stderr says which.
        }
        finally
        {
            try { input.Close(); } catch (IOException) { }
        }
        await psql.WaitForExitAsync(ct);
        await psqlOut;
        var psqlReason = PgClient.Reason(await psqlErr);
        if (sourceFailed is not null) return sourceFailed;
        return psql.ExitCode == 0 ? null : "psql: " + psqlReason;
    }
}
