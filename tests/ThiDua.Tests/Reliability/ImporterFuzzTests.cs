using System.Diagnostics;
using System.Text;
using ThiDua.Import.Importing;
using ThiDua.Import.Parsing;
using ThiDua.Tests.Import.Importing;
using Xunit.Abstractions;

namespace ThiDua.Tests.Reliability;

/// <summary>
/// 10,000 seeded mutations of valid files of every kind through the real parser and importer (one transaction per case):
/// nothing throws, each case is accepted or rejected with at least one clear bilingual error, and a rejected case leaves
/// the event count unchanged (an accepted one adds exactly the events it reports).
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class ImporterFuzzTests(ImportWorldDatabase db, ITestOutputHelper output) : IClassFixture<ImportWorldDatabase>
{
    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("THIDUA_FUZZ_SEED"), out var s) ? s : 10_042;
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("THIDUA_FUZZ_CASES"), out var n) ? n : 10_000;

    private static readonly (ImportKind Kind, string Csv)[] ValidFiles =
    [
        (ImportKind.Units, ImportWorld.Units(false)), (ImportKind.Campaigns, ImportWorld.Campaigns),
        (ImportKind.Indicators, ImportWorld.Indicators(false)), (ImportKind.Targets, ImportWorld.Targets(false)),
        (ImportKind.Measurements, ImportWorld.Measurements), (ImportKind.Ratings, ImportWorld.Ratings), (ImportKind.AwardForms, ImportWorld.AwardForms),
    ];

    [Fact]
    public async Task Ten_thousand_malformed_files_are_each_accepted_or_rejected_with_clear_errors_and_never_crash_the_importer()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var importer = new CsvImporter(runtime.DataSource, runtime.Store, runtime.Clock);
        var random = new Random(Seed);
        var problems = new List<string>();
        int accepted = 0, rejected = 0;
        var events = await db.ScalarAsync("select count(*) from es_events");
        var clock = Stopwatch.StartNew();

        for (var i = 0; i < Cases && problems.Count < 10; i++)
        {
            var (kind, csv) = ValidFiles[random.Next(ValidFiles.Length)];
            var (bytes, how) = CsvMutator.Mutate(Encoding.UTF8.GetBytes(csv), random, random.Next(1, 4));
            var culture = random.Next(4) == 0 ? NumberCulture.En : NumberCulture.Vi;
            var label = $"case {i} ({ImportKindNames.ToCliWord(kind)}, {how})";
            ImportOutcome outcome;
            try
            {
                using var stream = new MemoryStream(bytes);
                outcome = await importer.ImportAsync(stream, new ImportRequest($"fuzz-{i}.csv", kind, culture, false, "fuzz"));
            }
            catch (Exception e)
            {
                problems.Add($"{label}: {e.GetType().Name}: {e.Message}");
                Save(i, bytes);
                continue;
            }
            var after = await db.ScalarAsync("select count(*) from es_events");
            if (outcome.Accepted)
            {
                accepted++;
                if (outcome.Errors.Count > 0) problems.Add($"{label}: accepted with errors");
                if (after - events != outcome.Events) problems.Add($"{label}: accepted, reported {outcome.Events} events, wrote {after - events}");
            }
            else
            {
                rejected++;
                if (outcome.Errors.Count == 0 && outcome.Warnings.Count == 0) problems.Add($"{label}: rejected without an error or a warning");
                foreach (var e in outcome.Errors.Where(e => e.Line < 0 || string.IsNullOrWhiteSpace(e.MessageVi) || string.IsNullOrWhiteSpace(e.MessageEn)))
                    problems.Add($"{label}: unclear error {e}");
                if (after != events) problems.Add($"{label}: rejected but wrote {after - events} events");
            }
            if (problems.Count > 0 && problems[^1].StartsWith(label, StringComparison.Ordinal)) Save(i, bytes);
            events = after;
        }

        output.WriteLine($"{accepted + rejected} cases in {clock.Elapsed.TotalSeconds:F1} s: {accepted} accepted, {rejected} rejected");
        problems.Should().BeEmpty();
        (accepted + rejected).Should().Be(Cases);
    }

    // The failing input, to replay by hand: TestResults/fuzz/case-N.csv.
    private static void Save(int i, byte[] bytes)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "TestResults", "fuzz");
        Directory.CreateDirectory(dir);
        File.WriteAllBytes(Path.Combine(dir, $"case-{i}.csv"), bytes);
    }
}
