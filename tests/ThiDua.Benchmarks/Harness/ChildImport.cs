using System.Diagnostics;
using System.Globalization;

namespace ThiDua.Benchmarks.Harness;

/// <summary>Runs one import (and the projection catch-up) in a child process, to read its own peak RSS.</summary>
public static class ChildImport
{
    public sealed record Result(double Seconds, long PeakRssKb);

    public static Task<Result> RunAsync(string connection, string kind, string file) => ChildAsync(kind, "--child-import", connection, kind, file);

    /// <summary>Runs this program with <paramref name="args"/> in a child process that prints "seconds peakRssKb" last.</summary>
    public static async Task<Result> ChildAsync(string label, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args.Prepend(typeof(ChildImport).Assembly.Location)) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var last = output.Trim().Split('\n')[^1].Split(' ');
        if (process.ExitCode != 0 || last.Length != 2) throw new InvalidOperationException($"child {label} failed: {output}\n{error}");
        if (error.Trim().Length > 0) Console.Error.WriteLine($"  [{label}] {error.Trim()}");
        return new Result(double.Parse(last[0], CultureInfo.InvariantCulture), long.Parse(last[1], CultureInfo.InvariantCulture));
    }
}
