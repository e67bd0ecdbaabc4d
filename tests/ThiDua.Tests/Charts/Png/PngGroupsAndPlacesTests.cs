using ThiDua.Charts;
using ThiDua.Charts.Png;

namespace ThiDua.Tests.Charts.Png;

/// <summary>
/// The PNG charts (downloads, Word dossiers) show what the SVG shows: each cluster under its heading, each unit's place
/// before its short name ("2=" when shared), the 100 line with no value label across it.
/// </summary>
public sealed class PngGroupsAndPlacesTests
{
    private static readonly PngChartRenderer Renderer = new();
    private static readonly string Folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "TestResults", "charts")).FullName;

    private static readonly AttainmentChart Grouped = ChartSamples.ScoresOfClusters();

    private static PngImage Rendered(byte[] png, string name)
    {
        File.WriteAllBytes(Path.Combine(Folder, name + ".png"), png); // kept for a look: TestResults/charts/
        return new PngImage(png);
    }

    [Fact]
    public void The_rows_are_the_svgs_a_heading_per_cluster_and_places_before_short_names()
    {
        var rows = PngRows.Of(Grouped.Bars, b => b.Group, b => b.Place, b => b.UnitName);

        rows.Labels.Should().Equal("", "1  Phòng Công nghệ thông tin", "2=  Phòng Bưu chính - Viễn thông", "2=  Phòng Thông tin - Báo chí - Xuất bản",
            "", "1  Trung tâm Công nghệ thông tin và Truyền thông");
        rows.ItemRows.Should().Equal(1, 2, 3, 5);
    }

    [Fact]
    public void The_attainment_png_draws_the_cluster_headings_and_the_places()
    {
        using var grouped = Rendered(Renderer.Render(Grouped), "attainment-groups");
        using var flat = Rendered(Renderer.Render(Grouped with { Bars = [.. Grouped.Bars.Select(b => b with { Group = null, Place = null })] }), "attainment-flat");

        grouped.Height.Should().BeGreaterThan(flat.Height, "two heading rows are added");
        grouped.Near("#404040", 24).Should().BeGreaterThan(flat.Near("#404040", 24) + 600, "a separator line runs across the plot above the second cluster");
        grouped.Count("#1b7837").Should().BeGreaterThan(2000, "the colours stay the SVG's");
        grouped.Count("#f4a45c").Should().BeGreaterThan(2000);
        // The labels' band (left of the plot) has more ink with "1", "2=" and the bold headings than names alone.
        grouped.Ink(0, grouped.Height).Should().BeGreaterThan(flat.Ink(0, flat.Height) * 0.9);
        grouped.Mask(60, grouped.Height - 120).Should().NotBe(flat.Mask(60, flat.Height - 120));
    }

    [Fact]
    public void A_ranking_png_writes_a_shared_place_as_2_equals()
    {
        var chart = ChartSamples.Ranking();
        var rows = PngRows.Of(chart.Bars, b => b.Group, b => RankPlaces.Of(chart.Bars, b), b => b.UnitName);

        rows.Labels.Should().Equal("1  Văn phòng Sở", "2=  Trung tâm Công nghệ Thông tin và Truyền thông tỉnh Bắc Kạn", "2=  Phòng Bưu chính, Viễn thông & Công nghệ số",
            "4  Phòng Thông tin – Báo chí – Xuất bản", "5  Thanh tra Sở");
        using var image = Rendered(Renderer.Render(ChartSamples.RankingOfGroups()), "ranking-groups");
        image.Count("#3f6fb0").Should().BeGreaterThan(2000, "score bars are the SVG's blue");
        image.Near("#404040", 24).Should().BeGreaterThan(1200, "separators between the three groups");
    }
}
