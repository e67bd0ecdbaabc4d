using System.Globalization;

namespace ThiDua.Benchmarks.Harness;

/// <summary>
/// This process's minor page faults and CPU so far (/proc/self/stat). On this kind of virtual machine a page touched
/// for the first time costs ≈ 11 µs (the host backs it then: ≈ 3 ms per MB, huge pages or not), so memory the
/// collector gives back and takes again is paid for in time; the faults say how much.
/// </summary>
public readonly record struct ProcessCounters(long MinorFaults, double UserSeconds, double SystemSeconds)
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    public static ProcessCounters Now()
    {
        var stat = File.ReadAllText("/proc/self/stat");
        // The fields after the command name, which is in parentheses and may hold spaces: minflt is the 10th field.
        var f = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        long At(int field) => long.Parse(f[field - 3], CultureInfo.InvariantCulture);
        return new(At(10), At(14) / TicksPerSecond, At(15) / TicksPerSecond);
    }

    public static ProcessCounters operator -(ProcessCounters a, ProcessCounters b) =>
        new(a.MinorFaults - b.MinorFaults, a.UserSeconds - b.UserSeconds, a.SystemSeconds - b.SystemSeconds);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{MinorFaults:N0} page faults, CPU {UserSeconds:0.00} s user + {SystemSeconds:0.00} s system");
}
