using System.Diagnostics;
using System.Globalization;

namespace ThiDua.Benchmarks.Harness;

/// <summary>Runs one import (and the projection catch-up) in a child process, to read its own peak RSS.</summary>
public static class ChildImport
{
    public sealed record Result(double Seconds, long PeakRssKb);

    public static async Task<Result> RunAsync(string connection, string kind, string file)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { typeof(ChildImport).Assembly.Location, "--child-import", connection, kind, file }) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var last = output.Trim().Split('\n')[^1].Split(' ');
        if (process.ExitCode != 0 || last.Length != 2) throw new InvalidOperationException($"child import of {kind} failed: {output}\n{error}");
        Console.Error.WriteLine($"  [{kind}] {error.Trim()}");
        return new Result(double.Parse(last[0], CultureInfo.InvariantCulture), long.Parse(last[1], CultureInfo.InvariantCulture));
    }
}
