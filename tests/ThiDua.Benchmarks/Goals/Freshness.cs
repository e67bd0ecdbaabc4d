using System.Diagnostics;
using System.Globalization;
using ThiDua.Benchmarks.Harness;
using ThiDua.Hosting;
using ThiDua.Import.Parsing;

namespace ThiDua.Benchmarks.Goals;

/// <summary>P3: after a 10K-row monthly import on top of the big campaign, time until the rankings are fresh (projection caught up).</summary>
public static class Freshness
{
    public static async Task<GoalResult> RunAsync(string connection, BenchCampaign campaign, int rows = 10_000)
    {
        campaign.WriteMonthlyImport("warm-up", 1_000, salt: 3);
        campaign.WriteMonthlyImport("monthly", rows, salt: 7);
        await using var runtime = await ThiDuaRuntime.OpenAsync(connection);
        await runtime.Daemon.CatchUpAsync();
        // A running server has recomputed before: the first import after a start loads the campaign once.
        await BenchImport.FileAsync(runtime, ImportKind.Measurements, campaign.PathOf("warm-up"));
        await runtime.Daemon.CatchUpAsync();
        using var timings = new NpgsqlTimings();
        var total = Stopwatch.StartNew();
        await BenchImport.FileAsync(runtime, ImportKind.Measurements, campaign.PathOf("monthly"));
        var appended = total.Elapsed;
        var importSql = timings.Totals();
        await runtime.Daemon.CatchUpAsync();
        total.Stop();
        var projectionSql = timings.Totals().Where(t => !importSql.Any(i => i.Statement == t.Statement)).ToList();

        var ratio = total.Elapsed.TotalSeconds / appended.TotalSeconds;
        return new GoalResult("P3", $"{rows:N0}-row monthly import on top of {campaign.Units * BenchCampaign.Indicators * BenchCampaign.Months:N0}: until rankings fresh",
            string.Create(CultureInfo.InvariantCulture, $"{total.Elapsed.TotalSeconds:0.00} s"),
            string.Create(CultureInfo.InvariantCulture, $"import's own append {appended.TotalSeconds:0.00} s"),
            ratio, "< 0.5 s (ratio reported)", total.Elapsed.TotalSeconds < 0.5,
            "import's SQL: " + Slowest(importSql) + "; then: " + Slowest(projectionSql));
    }

    private static string Slowest(IReadOnlyList<(string Statement, TimeSpan Total)> totals) =>
        NpgsqlTimings.Describe(totals.OrderByDescending(t => t.Total).Take(5));
}
