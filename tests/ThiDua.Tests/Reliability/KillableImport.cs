using System.Diagnostics;
using ThiDua.Tests.Cli;

namespace ThiDua.Tests.Reliability;

/// <summary>
/// <c>thidua import measurements FILE --database …</c> as a real child process that the test may kill with SIGKILL
/// (<see cref="Process.Kill()"/> on Linux). Its output is drained so a full pipe cannot block it.
/// </summary>
public sealed class KillableImport : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _stdout;
    private readonly Task<string> _stderr;

    private KillableImport(Process process)
    {
        _process = process;
        _stdout = process.StandardOutput.ReadToEndAsync();
        _stderr = process.StandardError.ReadToEndAsync();
    }

    public static KillableImport Start(string file, string connectionString, bool dryRun = false)
    {
        string[] args = ["import", "measurements", file, "--accept-warnings", "--database", connectionString];
        return new KillableImport(Process.Start(ThiDuaProcess.StartInfo(dryRun ? [.. args, "--dry-run"] : args))!);
    }

    /// <summary>Waits up to <paramref name="delay"/>; true when the process ended by itself within it.</summary>
    public async Task<bool> ExitsWithinAsync(TimeSpan delay)
    {
        using var cts = new CancellationTokenSource(delay);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>SIGKILL: no handler, no finally block, no goodbye to the server.</summary>
    public async Task KillAsync()
    {
        try { _process.Kill(); }
        catch (InvalidOperationException) { } // it had just exited
        await _process.WaitForExitAsync();
    }

    public int ExitCode => _process.ExitCode;

    public async Task<string> OutputAsync() => await _stdout + await _stderr;

    public void Dispose() => _process.Dispose();
}
