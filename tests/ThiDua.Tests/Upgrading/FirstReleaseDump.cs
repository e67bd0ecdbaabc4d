using System.Diagnostics;
using System.IO.Compression;
using ThiDua.EventStore.LocalServer;
using ThiDua.Import.Parsing;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Upgrading;

/// <summary>The first release's database (FirstRelease/README.md): restored as it was, before this release opens it.</summary>
public static class FirstReleaseDump
{
    public static string Folder { get; } = Path.Combine(SeedFiles.RepositoryRoot, "tests", "ThiDua.Tests", "Upgrading", "FirstRelease");

    /// <summary>The files the first release imported, in its order.</summary>
    public static IReadOnlyList<(ImportKind Kind, string File)> Files { get; } = SeedFiles.InOrder.Take(7).ToList();

    public static IReadOnlyList<string> Campaigns { get; } = ["BK2021-BAUCU", "LS2021", "LS2021-TTTT", "KG2021", "BK2022"];

    /// <summary>A new database on the test server holding the dump, untouched by this release; returns its connection string.</summary>
    public static async Task<string> RestoreAsync()
    {
        var server = PostgresServer.Instance;
        var name = "r1_" + Guid.NewGuid().ToString("N")[..12];
        await server.EnsureDatabaseAsync(name);
        // psql as the user running the tests: the test server lets it in by peer authentication, as it does Npgsql.
        var psi = new ProcessStartInfo(Psql(), ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", server.SocketDir, "-p", $"{LocalPostgres.SocketPort}",
            "-U", LocalPostgres.User, "-d", name])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        using var psql = Process.Start(psi)!;
        var output = psql.StandardOutput.ReadToEndAsync();
        var errors = psql.StandardError.ReadToEndAsync();
        await using (var dump = new GZipStream(File.OpenRead(Path.Combine(Folder, "database.sql.gz")), CompressionMode.Decompress))
            await dump.CopyToAsync(psql.StandardInput.BaseStream);
        psql.StandardInput.Close();
        await psql.WaitForExitAsync();
        if (psql.ExitCode != 0) throw new InvalidOperationException($"psql restoring the first release's dump: exit {psql.ExitCode}\n{await errors}{await output}");
        return server.ConnectionString(name);
    }

    private static string Psql() => File.Exists("/usr/bin/psql") ? "/usr/bin/psql" : Path.Combine(PostgresBinaries.Find()!, "psql");
}
