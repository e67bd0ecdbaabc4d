using System.Diagnostics;
using ThiDua.EventStore.LocalServer;

namespace ThiDua.Tests.Infrastructure;

/// <summary>pg_dump, pg_restore and psql of the test server's version, run against one of its databases as an operator would.</summary>
public static class PostgresTools
{
    /// <summary>Runs <c>TOOL ARGS</c> on <paramref name="database"/> (a database of <see cref="PostgresServer"/>); throws with its stderr when it fails.</summary>
    public static async Task RunAsync(string tool, string database, params string[] args)
    {
        var server = PostgresServer.Instance;
        var start = new ProcessStartInfo(PostgresBinaries.FindClient(tool) ?? tool)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var a in new[] { "-h", server.SocketDir, "-p", $"{LocalPostgres.SocketPort}", "-U", LocalPostgres.User, "-d", database }.Concat(args))
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} {string.Join(' ', args)}: exit {process.ExitCode}\n{await errors}{await output}");
    }
}
