using ThiDua.Analytics;
using ThiDua.Attainment;
using ThiDua.Provenance.Explaining;
using ThiDua.Tests.Cli;

namespace ThiDua.Tests.Provenance;

/// <summary>
/// Every ratio and score of every seed campaign, at every month, is explained with the very figures the analytics
/// published: the explanation a leader opens cannot say something other than the number they clicked.
/// </summary>
public sealed class ExplanationMatchesAnalyticsTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Each_seed_ratio_and_score_at_every_month_is_the_one_its_explanation_computes()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var checkedRows = 0;
        await using var conn = await runtime.DataSource.OpenConnectionAsync();
        foreach (var campaign in (await ThiDua.Registry.RegistryQueries.CampaignsAsync(conn, default)).Select(c => c.Code))
        {
            var snapshot = await runtime.Analytics.LoadAsync(campaign, null);
            var history = new MeasurementHistory(snapshot.Measurements);
            for (var month = snapshot.Campaign.FirstMonth; month <= snapshot.Campaign.LastMonth; month = month.AddMonths(1))
            {
                var result = CampaignAnalytics.Compute(snapshot, history, month);
                foreach (var unit in result.Attainment.GroupBy(r => r.Unit))
                {
                    var terms = new List<RatioExplanation>();
                    foreach (var row in unit)
                    {
                        var e = RatioExplainer.Explain(snapshot, history, snapshot.Targets.Single(t => t.Unit == row.Unit && t.Indicator == row.Indicator), month);
                        e.RoundedRatio.Should().Be(row.Ratio, $"{campaign} {row.Unit} {row.Indicator} {month}");
                        (e.Actual is { } a ? Math.Round(a, 4, MidpointRounding.AwayFromZero) : (decimal?)null).Should().Be(row.Actual);
                        e.Status.Should().Be(row.Status);
                        Math.Round(e.ExpectedTarget, 4, MidpointRounding.AwayFromZero).Should().Be(row.Expected);
                        terms.Add(e);
                        checkedRows++;
                    }
                    ScoreExplanation.Of(unit.Key, terms).Score.Should().Be(result.Scores[unit.Key].Score, $"{campaign} {unit.Key} {month}");
                }
            }
        }
        checkedRows.Should().BeGreaterThan(500, "every seed target at every month of its campaign");
    }
}
