using System.Diagnostics;
using ThiDua.Tests.Cli;

namespace ThiDua.Tests.EventStore.Conformance;

/// <summary>
/// <c>dotnet ThiDua.DaemonNode.dll CONN NODE PAUSE_MS</c> (built beside the tests): a projection daemon in a process
/// of its own, which the test can kill with SIGKILL as a crashed server would die.
/// </summary>
public sealed class DaemonNodeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Task<string> _stderr;

    private DaemonNodeProcess(Process process)
    {
        _process = process;
        _stderr = process.StandardError.ReadToEndAsync();
    }

    public static async Task<DaemonNodeProcess> StartAsync(string connectionString, string node, TimeSpan batchPause)
    {
        var start = new ProcessStartInfo(ThiDuaProcess.DotnetHost)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "ThiDua.DaemonNode.dll"), connectionString, node,
                     ((int)batchPause.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(a);
        var started = new DaemonNodeProcess(Process.Start(start)!);
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(1)); // only so a hung child cannot hang the run
        var first = await started._process.StandardOutput.ReadLineAsync(limit.Token);
        if (first != "ready") throw new InvalidOperationException($"daemon node {node} did not start: {first} {await started._stderr}");
        return started;
    }

    /// <summary>SIGKILL: no finally block runs, the database learns of it only from the dropped connection.</summary>
    public async Task KillAsync()
    {
        try { _process.Kill(); }
        catch (InvalidOperationException) { } // it had ended already
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }
}
