using ThiDua.Charts;

namespace ThiDua.Tests.Charts;

public class ChartGoldenTests
{
    private readonly SvgChartRenderer _renderer = new();

    [Fact]
    public void Attainment_matches_golden() =>
        GoldenFile.AssertMatches("attainment.svg", _renderer.Render(ChartSamples.Attainment()));

    [Fact]
    public void Ranking_matches_golden() =>
        GoldenFile.AssertMatches("ranking.svg", _renderer.Render(ChartSamples.Ranking()));

    [Fact]
    public void Ranking_of_several_groups_matches_golden() =>
        GoldenFile.AssertMatches("ranking-groups.svg", _renderer.Render(ChartSamples.RankingOfGroups()));

    [Fact]
    public void Heatmap_matches_golden() =>
        GoldenFile.AssertMatches("heatmap.svg", _renderer.Render(ChartSamples.Heatmap()));

    [Fact]
    public void Progress_matches_golden() =>
        GoldenFile.AssertMatches("progress.svg", _renderer.Render(ChartSamples.Progress()));

    [Fact]
    public void Awards_matches_golden() =>
        GoldenFile.AssertMatches("awards.svg", _renderer.Render(ChartSamples.Awards()));

    [Fact]
    public void Empty_chart_matches_golden() =>
        GoldenFile.AssertMatches("empty.svg", _renderer.Render(new RankingChart("Xếp hạng cụm thi đua số 2", [])));
}
