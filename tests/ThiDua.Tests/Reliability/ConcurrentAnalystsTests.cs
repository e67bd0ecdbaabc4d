using System.Collections.Concurrent;
using ThiDua.Import.Importing;
using ThiDua.Import.Parsing;
using ThiDua.Tests.Import.Importing;
using ThiDua.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ThiDua.Tests.Reliability;

/// <summary>
/// Eight analysts import and correct overlapping measurements at once: imports wait for each other, so every file is
/// accepted at its first attempt (none refused as a conflict), and the final store equals a serial replay of the files
/// in commit order (same events per stream, same read model): no update lost, none applied on a stale value.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class ConcurrentAnalystsTests(BulkWorldDatabase db, ITestOutputHelper output) : IClassFixture<BulkWorldDatabase>
{
    private const int Analysts = 8;
    private const int FilesEach = 6;
    private const int Attempts = 5;
    private const int Seed = 8_2025;

    [Fact]
    public async Task Parallel_imports_and_corrections_of_the_same_units_end_equal_to_a_serial_replay_of_the_accepted_files()
    {
        var random = new Random(Seed);
        var plans = Enumerable.Range(1, Analysts).Select(a => AnalystFiles.For(a, FilesEach, random)).ToList();
        var outcomes = new ConcurrentBag<(AnalystFiles.AnalystFile File, ImportOutcome Outcome)>();
        var eventsBefore = await db.ScalarAsync("select count(*) from es_events");

        await using (var runtime = await db.OpenRuntimeAsync())
        {
            await Task.WhenAll(plans.Select(files => Task.Run(async () =>
            {
                foreach (var file in files)
                    for (var attempt = 1; attempt <= Attempts; attempt++)
                    {
                        var outcome = await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, file.Csv, fileName: file.Name);
                        outcomes.Add((file, outcome));
                        if (outcome.Accepted) break;
                    }
            })));
        }

        var accepted = outcomes.Where(o => o.Outcome.Accepted).ToList();
        var refused = outcomes.Where(o => !o.Outcome.Accepted).ToList();
        output.WriteLine($"{outcomes.Count} attempts of {Analysts * FilesEach} files: {accepted.Count} accepted, {refused.Count} refused as conflicts, " +
            $"{Analysts * FilesEach - accepted.Count} files given up after {Attempts} attempts");
        foreach (var (file, outcome) in refused)
        {
            var error = outcome.Errors.Should().ContainSingle($"{file.Name} is refused for one reason").Subject;
            error.Line.Should().Be(0);
            error.MessageEn.Should().Contain("Someone else changed the same data").And.Contain("nothing was written");
            error.MessageVi.Should().Contain("Có người khác vừa cập nhật cùng dữ liệu");
            outcome.Events.Should().Be(0);
        }
        accepted.Should().OnlyContain(o => o.Outcome.Events > 0 && o.Outcome.Created + o.Outcome.Changed == o.Outcome.Events, "values are unique per file");
        refused.Should().BeEmpty("overlapping imports wait for each other instead of conflicting");
        accepted.Should().HaveCount(Analysts * FilesEach);
        (await db.ScalarAsync("select count(*) from es_events") - eventsBefore).Should().Be(accepted.Sum(o => o.Outcome.Events), "a refused import writes nothing");

        var order = await StoredHistory.FilesInCommitOrderAsync(db);
        order.Should().BeEquivalentTo(accepted.Select(o => o.File.Name), "every accepted file wrote, and only those");
        var replay = new BulkWorldDatabase();
        await replay.InitializeAsync();
        try
        {
            await using var runtime = await replay.OpenRuntimeAsync();
            foreach (var name in order)
            {
                var file = accepted.First(o => o.File.Name == name).File;
                var outcome = await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, file.Csv, fileName: file.Name);
                outcome.Accepted.Should().BeTrue(string.Join("; ", outcome.Errors));
            }
            (await StoredHistory.MeasurementEventsAsync(db)).Should().Equal(await StoredHistory.MeasurementEventsAsync(replay),
                "each stream holds the events a serial replay writes, each correction naming the value it replaced");
            (await StoredHistory.MeasurementsAsync(db)).Should().Equal(await StoredHistory.MeasurementsAsync(replay));
        }
        finally
        {
            await replay.DisposeAsync();
        }
    }
}
