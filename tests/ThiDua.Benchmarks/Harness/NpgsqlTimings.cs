using System.Collections.Concurrent;
using System.Diagnostics;

namespace ThiDua.Benchmarks.Harness;

/// <summary>
/// What one piece of work spent in each SQL statement, from Npgsql's own tracing (its "Npgsql" ActivitySource):
/// the product is measured as it is, with no timing code inside it.
/// </summary>
public sealed class NpgsqlTimings : IDisposable
{
    private readonly ActivityListener listener;
    private readonly ConcurrentQueue<(string Statement, TimeSpan Duration)> seen = new();

    public NpgsqlTimings()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => seen.Enqueue((Statement(a), a.Duration)),
        };
        ActivitySource.AddActivityListener(listener);
    }

    /// <summary>Total time per statement (its first words), in the order first seen.</summary>
    public IReadOnlyList<(string Statement, TimeSpan Total)> Totals() =>
        seen.GroupBy(s => s.Statement).Select(g => (g.Key, TimeSpan.FromTicks(g.Sum(s => s.Duration.Ticks)))).ToList();

    /// <summary>"`statement` 12 ms, …" for a table cell.</summary>
    public static string Describe(IEnumerable<(string Statement, TimeSpan Total)> totals) => string.Join(", ",
        totals.Select(t => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"`{t.Statement}` {t.Total.TotalMilliseconds:0} ms")));

    public void Dispose() => listener.Dispose();

    private static string Statement(Activity a)
    {
        var text = (a.GetTagItem("db.query.text") ?? a.GetTagItem("db.statement"))?.ToString() ?? a.DisplayName;
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length > 48 ? text[..48] + "…" : text;
    }
}
