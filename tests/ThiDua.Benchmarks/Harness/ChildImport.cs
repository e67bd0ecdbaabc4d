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
        var last = await ChildProcess.RunAsync(label, args);
        if (last.Length != 2) throw new InvalidOperationException($"child {label} printed '{string.Join(' ', last)}', not 'seconds peakRssKb'");
        return new Result(double.Parse(last[0], CultureInfo.InvariantCulture), long.Parse(last[1], CultureInfo.InvariantCulture));
    }
}
