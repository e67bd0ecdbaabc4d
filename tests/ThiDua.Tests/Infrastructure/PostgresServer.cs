using ThiDua.EventStore.LocalServer;

namespace ThiDua.Tests.Infrastructure;

/// <summary>One private PostgreSQL for the whole test run (temporary data dir, its own socket), stopped when the run ends.</summary>
public static class PostgresServer
{
    private static readonly Lazy<LocalPostgres> Server = new(StartServer, LazyThreadSafetyMode.ExecutionAndPublication);

    public static LocalPostgres Instance => Server.Value;

    private static LocalPostgres StartServer()
    {
        RemoveStoppedLeftovers();
        var home = Path.Combine(Path.GetTempPath(), "thidua-tests-" + Guid.NewGuid().ToString("N")[..8]);
        // Under /tmp, which the postgres user can reach when the tests run as root.
        var server = new LocalPostgres(home, ephemeral: true, clusterDir: Path.Combine(home, "cluster"));
        server.Start();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            server.Stop(immediate: true);
            try { Directory.Delete(home, recursive: true); }
            catch (IOException) { } // a leftover temp dir is harmless
            catch (UnauthorizedAccessException) { }
        };
        return server;
    }

    // The exit hook stops the server but the test host may end before the files are gone: sweep stopped ones.
    private static void RemoveStoppedLeftovers()
    {
        foreach (var dir in Directory.GetDirectories(Path.GetTempPath(), "thidua-tests-*"))
        {
            // Only old ones: a young folder may belong to another test run that is still starting its server.
            if (File.Exists(Path.Combine(dir, "cluster", "data", "postmaster.pid"))) continue;
            if (Directory.GetLastWriteTimeUtc(dir) > DateTime.UtcNow.AddHours(-1)) continue;
            try { Directory.Delete(dir, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }
}
