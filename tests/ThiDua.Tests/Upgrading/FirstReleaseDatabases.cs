using ThiDua.Analytics.Output;
using ThiDua.Hosting;
using ThiDua.Import.Importing;
using ThiDua.Import.Parsing;
using ThiDua.Periods;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Upgrading;

/// <summary>
/// The first release's database opened by this release (migrations applied, projections caught up), beside a fresh
/// database into which this release imported the same files.
/// </summary>
public sealed class FirstReleaseDatabases : IAsyncLifetime
{
    private readonly ProductDatabase _fresh = new();

    public ThiDuaRuntime Upgraded { get; private set; } = null!;

    public ThiDuaRuntime Fresh { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Upgraded = await ThiDuaRuntime.OpenAsync(await FirstReleaseDump.RestoreAsync());
        await Upgraded.Daemon.CatchUpAsync();
        await _fresh.InitializeAsync();
        Fresh = await _fresh.OpenRuntimeAsync();
        foreach (var (kind, file) in FirstReleaseDump.Files)
        {
            await using var stream = File.OpenRead(Path.Combine(FirstReleaseDump.Folder, file));
            // This release judges plausibility (SPEC v2); the first release's files raise warnings it never asked about.
            var outcome = await new CsvImporter(Fresh.DataSource, Fresh.Store, Fresh.Clock)
                .ImportAsync(stream, new ImportRequest(file, kind, NumberCulture.Vi, false, "fresh", AcceptWarnings: true));
            if (!outcome.Accepted) throw new InvalidOperationException($"{file}: {string.Join("; ", outcome.Errors)}");
        }
        await Fresh.Daemon.CatchUpAsync();
    }

    /// <summary>Every month's ranking and attainment of every campaign, then its awards, as the CLI's CSV.</summary>
    public static async Task<List<string>> AnswersAsync(ThiDuaRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        var answers = new List<string>();
        foreach (var code in FirstReleaseDump.Campaigns)
        {
            var campaign = (await runtime.Analytics.LoadAsync(code, null)).Campaign;
            for (var month = campaign.FirstMonth; month <= campaign.LastMonth; month = month.AddMonths(1))
            {
                answers.Add($"{code} {month} ranking\n" + AnalyticsCsv.Ranking((await runtime.Analytics.RankingAsync(code, month, null)).Rows));
                answers.Add($"{code} {month} attainment\n" + AnalyticsCsv.Attainment((await runtime.Analytics.AttainmentAsync(code, month, null)).Rows));
            }
            answers.Add($"{code} awards\n" + AnalyticsCsv.Awards((await runtime.Analytics.AwardsAsync(code, null)).Rows));
        }
        return answers;
    }

    public async Task DisposeAsync()
    {
        await Upgraded.DisposeAsync();
        await Fresh.DisposeAsync();
        await _fresh.DisposeAsync();
    }
}
