using ThiDua.Analytics.Output;
using ThiDua.Cli.Serving;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Import.Importing;

/// <summary>
/// The seed as the demo loads it (SeedData): every finished campaign closed through its last month before the council's
/// decisions, each proposed or tied candidate decided, shown in the awards output; loading it again changes nothing.
/// </summary>
public sealed class SeedDecisionsTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    [Fact]
    public async Task The_demo_loader_closes_the_finished_campaigns_and_records_the_seeds_decisions_once()
    {
        await using var runtime = await db.OpenRuntimeAsync();

        var outcomes = await SeedData.ImportAsync(runtime, SeedFiles.Directory, CancellationToken.None);

        outcomes.Should().AllSatisfy(o => o.Accepted.Should().BeTrue($"{o.File}: {string.Join("; ", o.Errors)}"));
        outcomes.Select(o => o.File).Should().EndWith(["registrations.csv", "periods.csv", "award_decisions.csv"]);
        var decisionRows = File.ReadAllLines(Path.Combine(SeedFiles.Directory, "award_decisions.csv")).Length - 1;
        outcomes[^1].Created.Should().Be(decisionRows);
        foreach (var campaign in new[] { "BK2021-BAUCU", "LS2021", "LS2021-TTTT", "KG2021", "BK2022" })
        {
            var snapshot = (await runtime.Snapshots.LoadAsync(campaign))!;
            snapshot.Locks.Current!.Through.Should().Be(snapshot.Campaign.LastMonth, campaign);
        }
        var awards = AnalyticsCsv.Awards((await runtime.Analytics.AwardsAsync("BK2021-BAUCU", null)).Rows).Split('\n');
        awards.Single(l => l.StartsWith("BK21-GK-CN,individual,BK-VP-01,tie_at_quota,", StringComparison.Ordinal)).Should().EndWith(",approved,112/QĐ-STTTT");
        awards.Single(l => l.StartsWith("BK21-GK-CN,individual,BK-BCVT-01,tie_at_quota,", StringComparison.Ordinal)).Should().EndWith(",deferred,");
        var before = await DatabaseFingerprint.TakeAsync(db);

        var again = await SeedData.ImportAsync(runtime, SeedFiles.Directory, CancellationToken.None);

        again.Should().AllSatisfy(o => o.Events.Should().Be(0, o.File));
        (await DatabaseFingerprint.TakeAsync(db)).Should().Be(before);
    }
}
