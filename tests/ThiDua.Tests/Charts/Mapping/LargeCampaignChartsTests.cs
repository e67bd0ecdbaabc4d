using System.Globalization;
using ThiDua.Analytics;
using ThiDua.Charts.Mapping;
using ThiDua.Tests.Analytics;

namespace ThiDua.Tests.Charts.Mapping;

/// <summary>
/// Charts of a campaign with many units keep a readable number of them, and say which: a 7,000-unit campaign's
/// page was 44 MB, its heatmap alone 36 MB.
/// </summary>
public sealed class LargeCampaignChartsTests
{
    private const int Units = 130;

    private static readonly Lazy<(CampaignSnapshot Snapshot, CampaignResult Result)> Campaign = new(() =>
    {
        var builder = new SnapshotBuilder().Indicator("I").Indicator("J");
        for (var u = 0; u < Units; u++)
        {
            var code = "U" + u.ToString("D3", CultureInfo.InvariantCulture);
            // U000 does best, U129 worst: the lowest are the last codes.
            builder.Unit(code).Target(code, "I", 100m).Target(code, "J", 100m)
                .Measure(code, "I", "2024-12", 150m - u).Measure(code, "J", "2024-12", 100m);
        }
        var snapshot = builder.Build();
        return (snapshot, CampaignAnalytics.Compute(snapshot, SnapshotBuilder.M("2024-12")));
    });

    [Fact]
    public void The_ranking_chart_keeps_the_top_of_the_ranking_and_says_how_many_of_how_many()
    {
        var chart = CampaignCharts.Ranking(Campaign.Value.Snapshot, Campaign.Value.Result, new ChartFilter());

        chart.Bars.Should().HaveCount(CampaignCharts.MaxBars);
        chart.Bars[0].Rank.Should().Be(1);
        chart.Title.Should().Contain($"({CampaignCharts.MaxBars} / {Units} đơn vị đầu bảng");
    }

    [Fact]
    public void The_score_bars_and_the_heatmap_keep_the_units_that_lag_most_in_code_order()
    {
        var (snapshot, result) = Campaign.Value;

        var bars = CampaignCharts.Attainment(snapshot, result, new ChartFilter());
        var heatmap = CampaignCharts.Heatmap(snapshot, result, new ChartFilter());

        bars.Bars.Select(b => b.UnitCode).Should().Equal(Enumerable.Range(Units - CampaignCharts.MaxBars, CampaignCharts.MaxBars).Select(u => "U" + u.ToString("D3", CultureInfo.InvariantCulture)));
        heatmap.Units.Should().HaveCount(CampaignCharts.MaxHeatmapUnits).And.OnlyContain(u => string.CompareOrdinal(u.Code, "U070") >= 0);
        heatmap.Cells.Should().HaveCount(CampaignCharts.MaxHeatmapUnits * 2);
        heatmap.Title.Should().Contain($"({CampaignCharts.MaxHeatmapUnits} / {Units} đơn vị điểm thấp nhất");
    }

    [Fact]
    public void A_chart_that_fits_is_drawn_whole_without_a_note()
    {
        var snapshot = new SnapshotBuilder().Scored("A", 80m).Scored("B", 120m).Build();
        var result = CampaignAnalytics.Compute(snapshot, SnapshotBuilder.M("2024-12"));

        var ranking = CampaignCharts.Ranking(snapshot, result, new ChartFilter());
        var heatmap = CampaignCharts.Heatmap(snapshot, result, new ChartFilter());

        ranking.Bars.Should().HaveCount(2);
        heatmap.Units.Select(u => u.Code).Should().Equal(["B", "A"], "the rows read as the ranking does, best score first");
        (ranking.Title + heatmap.Title).Should().NotContain("đơn vị");
    }
}
