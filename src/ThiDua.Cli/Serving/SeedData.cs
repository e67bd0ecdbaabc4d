using ThiDua.Hosting;
using ThiDua.Import.Importing;
using ThiDua.Import.Parsing;

namespace ThiDua.Cli.Serving;

/// <summary>The seed files shipped beside the program (else <c>./seed-data</c>), imported in dependency order.</summary>
public static class SeedData
{
    public static IReadOnlyList<(ImportKind Kind, string File)> InOrder { get; } =
    [
        (ImportKind.Units, "units.csv"), (ImportKind.Campaigns, "campaigns.csv"), (ImportKind.Indicators, "indicators.csv"),
        (ImportKind.Targets, "targets.csv"), (ImportKind.Measurements, "measurements.csv"), (ImportKind.Ratings, "ratings.csv"),
        (ImportKind.AwardForms, "award_forms.csv"),
        (ImportKind.Clusters, "clusters.csv"), (ImportKind.Registrations, "registrations.csv"), (ImportKind.AwardDecisions, "award_decisions.csv"),
    ];

    public static string? FindDirectory()
    {
        string[] candidates = [Path.Combine(AppContext.BaseDirectory, "seed-data"), Path.Combine(Environment.CurrentDirectory, "seed-data")];
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "units.csv")));
    }

    /// <summary>
    /// Imports every file present, closing the periods of <c>periods.csv</c> before the decisions; stops at the first rejected one (later files depend on it). Importing twice changes
    /// nothing. The plans' months without activity (0 beside months of 1 or 2) raise "less than a tenth of the median"
    /// warnings: they are real, so the demo imports over them, and /audit shows them as accepted.
    /// </summary>
    public static async Task<IReadOnlyList<ImportOutcome>> ImportAsync(ThiDuaRuntime runtime, string directory, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        var importer = new CsvImporter(runtime.DataSource, runtime.Store, runtime.Clock);
        var outcomes = new List<ImportOutcome>();
        foreach (var (kind, file) in InOrder)
        {
            var path = Path.Combine(directory, file);
            // The closes come right before the decisions: the council decides on closed figures.
            if (kind == ImportKind.AwardDecisions && File.Exists(Path.Combine(directory, SeedPeriods.File)))
            {
                var closing = await SeedPeriods.CloseAsync(runtime, Path.Combine(directory, SeedPeriods.File), "demo", ct);
                outcomes.Add(closing);
                if (!closing.Accepted) break;
            }
            if (!File.Exists(path)) continue;
            await using var stream = File.OpenRead(path);
            var outcome = await importer.ImportAsync(stream, new ImportRequest(file, kind, NumberCulture.Vi, false, "demo", AcceptWarnings: true), null, ct);
            outcomes.Add(outcome);
            if (!outcome.Accepted) break;
        }
        return outcomes;
    }
}
