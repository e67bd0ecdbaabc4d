using System.Globalization;
using ThiDua.Analytics;
using ThiDua.Analytics.Output;
using ThiDua.Tests.Cli;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Analytics.Seed;

/// <summary>
/// The seed campaigns, imported for real, give the rankings and award statuses that an independent
/// implementation of SPEC §3–§4 (seed-data/generate.py) wrote to seed-data/expected/.
/// </summary>
public sealed class SeedExpectationsTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Rankings_of_every_seed_campaign_match_the_independent_expectation()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var expected = ExpectedLines("ranking.csv", cols => string.Join(',', cols));
        var actual = new List<string>();
        foreach (var campaign in expected.Select(l => l.Split(',')[0]).Distinct())
        {
            var answer = await runtime.Analytics.RankingAsync(campaign, null, null);
            actual.AddRange(answer.Rows.Select(r => string.Join(',', campaign, r.Cluster ?? "", r.Kind == Units.UnitKind.Collective ? "collective" : "individual",
                r.Rank.ToString(CultureInfo.InvariantCulture), r.Unit, r.Score.ToString("0.00", CultureInfo.InvariantCulture),
                r.Met.ToString(CultureInfo.InvariantCulture), r.Assigned.ToString(CultureInfo.InvariantCulture))));
        }
        actual.Should().Equal(expected);
    }

    [Fact]
    public async Task Award_statuses_of_every_seed_campaign_match_the_independent_expectation()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        // campaign, form, recipient_kind, unit, status, score, and the cluster a cluster-scoped form allocated it in (v2).
        var expected = ExpectedLines("awards.csv", cols => string.Join(',', cols.Take(6).Append(cols[9]))).Order(StringComparer.Ordinal).ToList();
        var actual = new List<string>();
        foreach (var campaign in expected.Select(l => l.Split(',')[0]).Distinct())
        {
            var rows = (await runtime.Analytics.AwardsAsync(campaign, null)).Rows;
            actual.AddRange(rows.Select(r => string.Join(',', campaign, r.Form, AnalyticsCsv.Kind(r.RecipientKind), r.Unit, AnalyticsCsv.Status(r.Status),
                r.Score is { } s ? s.ToString("0.00", CultureInfo.InvariantCulture) : "", r.Cluster ?? "")));
        }
        actual.Order(StringComparer.Ordinal).Should().Equal(expected);
    }

    private static List<string> ExpectedLines(string file, Func<string[], string> shape) =>
        File.ReadAllLines(Path.Combine(SeedFiles.Directory, "expected", file)).Skip(1)
            .Where(l => l.Length > 0).Select(l => shape(l.Split(','))).ToList();
}
