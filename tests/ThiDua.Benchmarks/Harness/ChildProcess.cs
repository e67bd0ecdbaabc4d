using System.Diagnostics;

namespace ThiDua.Benchmarks.Harness;

/// <summary>
/// Runs this benchmark assembly again with <paramref name="args"/> in a child process (so a phase's peak RSS is its own),
/// echoes what it said on standard error under <paramref name="label"/>, and returns its last output line, split.
/// </summary>
public static class ChildProcess
{
    public static async Task<string[]> RunAsync(string label, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(typeof(ChildProcess).Assembly.Location);
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"child {label} failed: {await output}\n{await error}");
        if ((await error).Trim() is { Length: > 0 } said) Console.Error.WriteLine($"  [{label}] {said}");
        return (await output).Trim().Split('\n')[^1].Split(' ');
    }
}
