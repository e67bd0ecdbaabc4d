using System.Globalization;

namespace ThiDua.Benchmarks.Harness;

/// <summary>This process's peak resident set (VmHWM), in kB.</summary>
public static class PeakRss
{
    public static long Kb()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) ?? "VmHWM: 0 kB";
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }
}
