using System.Diagnostics;
using Npgsql;
using ThiDua.Tests.Cli;
using ThiDua.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ThiDua.Tests.Reliability;

/// <summary>
/// A 200,000-row <c>thidua import measurements</c> child process SIGKILLed at seeded random moments spread over the
/// import's duration: the database holds all of the file or none of it, the read model always agrees with the events,
/// and importing the file again gives the exact totals. Each committed trial moves on to a new generation of values
/// (the next file corrects every row), so later trials still write 200,000 events.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class KillDuringImportTests(BigWorldDatabase db, ITestOutputHelper output) : IClassFixture<BigWorldDatabase>, IDisposable
{
    private const int Rows = 200_000;
    private const int Trials = 20;
    private const int Seed = 4_202_025;
    private const string ApplicationName = "thidua-kill-trial";

    private readonly string _dir = Directory.CreateTempSubdirectory("thidua-kill-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task A_big_import_killed_at_random_moments_leaves_all_of_the_file_or_none_and_a_reimport_gives_the_exact_totals()
    {
        var connection = new NpgsqlConnectionStringBuilder(db.ConnectionString) { ApplicationName = ApplicationName }.ConnectionString;
        var generation = 0;
        var file = File(generation);

        // How long a whole import takes here: a dry run does all the work but the commit.
        var clock = Stopwatch.StartNew();
        using (var dry = KillableImport.Start(file, connection, dryRun: true))
        {
            (await dry.ExitsWithinAsync(TimeSpan.FromMinutes(3))).Should().BeTrue("a dry run ends by itself");
            dry.ExitCode.Should().Be(0, await dry.OutputAsync());
        }
        var duration = clock.Elapsed;
        output.WriteLine($"dry run of {Rows:N0} rows: {duration.TotalSeconds:F1} s");

        var random = new Random(Seed);
        int? committed = null;
        var none = 0;
        var all = 0;
        for (var trial = 0; trial < Trials; trial++)
        {
            // Stratified: trial k is killed somewhere in the k-th twentieth of [0, 1.2 × duration].
            var delay = duration * 1.2 * ((trial + random.NextDouble()) / Trials);
            var before = await MeasurementState.ReadAsync(db);
            string how;
            using (var import = KillableImport.Start(file, connection))
            {
                if (await import.ExitsWithinAsync(delay))
                {
                    import.ExitCode.Should().Be(0, await import.OutputAsync());
                    how = "finished";
                }
                else
                {
                    await import.KillAsync();
                    how = "killed";
                }
            }
            await WaitForChildSessionsToEndAsync();
            var after = await MeasurementState.ReadAsync(db);

            var written = after.Events - before.Events;
            written.Should().BeOneOf([0L, Rows], "trial {0} ({1} after {2:F2} s) writes all of the file or none of it", trial, how, delay.TotalSeconds);
            after.ReadModelAgrees.Should().BeTrue("the read model agrees with the events after trial {0}: {1}", trial, after);
            if (written == Rows) committed = generation;
            after.ReadModelRows.Should().Be(committed is null ? 0 : Rows);
            after.ReadModelSum.Should().Be(committed is { } g ? BigWorld.ExpectedSum(Rows, g) : 0, "the values in force are those of the last committed file");
            output.WriteLine($"trial {trial,2}: {how,-8} after {delay.TotalSeconds,5:F2} s → {(written == 0 ? "none" : "all")}");
            if (written == 0) none++;
            else
            {
                all++;
                file = File(++generation);
            }
        }
        output.WriteLine($"{Trials} trials: {none} left nothing, {all} wrote the whole file, none partial");
        none.Should().BeGreaterThan(0, "the early kills land before the commit");

        var reimport = await ThiDuaProcess.RunAsync("import", "measurements", file, "--accept-warnings", "--database", db.ConnectionString);
        reimport.ExitCode.Should().Be(0, reimport.ToString());
        var final = await MeasurementState.ReadAsync(db);
        final.ReadModelRows.Should().Be(Rows);
        final.ReadModelSum.Should().Be(BigWorld.ExpectedSum(Rows, generation));
        final.Events.Should().Be((long)Rows * (all + 1));
        final.ReadModelAgrees.Should().BeTrue();
        reimport.Stdout.Should().Contain(generation == 0 ? $"created: {Rows}" : $"changed: {Rows}");
    }

    private string File(int generation)
    {
        var path = Path.Combine(_dir, $"measurements-{generation}.csv");
        BigWorld.WriteMeasurements(path, Rows, generation);
        return path;
    }

    // A killed client's server session may still be finishing (a COMMIT it had sent is still honoured): wait for it to end.
    private Task WaitForChildSessionsToEndAsync() =>
        Eventually.WaitUntilAsync(async () => await db.ScalarAsync($"select count(*) from pg_stat_activity where application_name = '{ApplicationName}'") == 0,
            TimeSpan.FromSeconds(60), "the killed import's database session ended");
}
