using ThiDua.Charts;
using ThiDua.Charts.Png;
using ThiDua.Periods;

namespace ThiDua.Tests.Charts.Png;

/// <summary>ScottPlot behind the chart interface: each chart a real PNG, with the SVG's status colours, and Vietnamese drawn, not boxes.</summary>
public sealed class PngChartRendererTests
{
    private static readonly PngChartRenderer Renderer = new();
    private static readonly string Folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "TestResults", "charts")).FullName;

    private static readonly AttainmentChart Attainment = new("Tỷ lệ hoàn thành — tháng 06/2022",
    [
        new AttainmentBar("U1", "Phòng Kế hoạch – Tài chính", 1.052m, 1.2m, ChartIndicatorStatus.Exceeded),
        new AttainmentBar("U2", "Trung tâm Công nghệ thông tin", 1m, null, ChartIndicatorStatus.Met),
        new AttainmentBar("U3", "Văn phòng Sở", 0.734m, null, ChartIndicatorStatus.NotMet),
        new AttainmentBar("U4", "Thanh tra Sở", null, null, ChartIndicatorStatus.NoData),
    ]);

    private static PngImage Rendered(byte[] png, string name)
    {
        File.WriteAllBytes(Path.Combine(Folder, name + ".png"), png); // kept for a look: TestResults/charts/
        return new PngImage(png);
    }

    [Fact]
    public void The_attainment_chart_is_a_png_with_the_svgs_status_colours_and_the_100_line()
    {
        Renderer.ContentType.Should().Be("image/png");
        using var image = Rendered(Renderer.Render(Attainment), "attainment");

        image.Width.Should().Be(1000);
        image.Height.Should().BeInRange(260, 600);
        image.Ink().Should().BeInRange(0.05, 0.6, "drawn, not blank and not a block of colour");
        image.Count("#1b7837").Should().BeGreaterThan(2000, "the exceeded bar is the SVG's dark green");
        image.Count("#7fbf7b").Should().BeGreaterThan(2000, "the met bar is the SVG's light green");
        image.Count("#f4a45c").Should().BeGreaterThan(1000, "the not-met bar is the SVG's orange");
    }

    [Fact]
    public void Vietnamese_letters_are_drawn_with_their_marks_not_as_boxes_or_bare_letters()
    {
        // Only the title differs: the band it is drawn in shows which glyphs came out.
        string Title(string text)
        {
            using var image = new PngImage(Renderer.Render(Attainment with { Title = text }));
            return image.Mask(0, 40);
        }

        var vietnamese = Title("Tỷ lệ ạặờữ Đơn vị");
        vietnamese.Should().NotBe(Title("Ty le aaou Don vi"), "the marks are drawn");
        vietnamese.Should().NotBe(Title("\uE000\uE001 \uE002\uE003\uE004\uE005 \uE006\uE007 \uE008\uE009"), "no letter fell back to a missing-glyph box");
        vietnamese.Count(c => c == '#').Should().BeGreaterThan(Title("Ty le aaou Don vi").Count(c => c == '#'), "marks add ink");
    }

    [Fact]
    public void Every_chart_kind_renders_and_an_empty_one_says_there_is_no_data()
    {
        var months = Enumerable.Range(1, 6).Select(m => new ProgressPoint(new YearMonth(2022, m), m < 5 ? 10m * m : null, 9m * m)).ToList();
        var images = new Dictionary<string, byte[]>
        {
            ["ranking"] = Renderer.Render(new RankingChart("Xếp hạng (cụm, khối BK-KHOI1) — tháng 06/2022",
                [new RankingBar(1, "U1", "Phòng Kế hoạch – Tài chính", 108.54m, "Cụm, khối BK-KHOI1 · tập thể"), new RankingBar(2, "U2", "Văn phòng Sở", 97.1m, "Cụm, khối BK-KHOI1 · tập thể")])),
            ["heatmap"] = Renderer.Render(new HeatmapChart("Đơn vị × chỉ tiêu — tháng 06/2022", [new HeatmapUnit("U1", "Phòng Một"), new HeatmapUnit("U2", "Phòng Hai")],
                [new HeatmapIndicator("I1", "Tin bài"), new HeatmapIndicator("I2", "Văn bản")],
                [new HeatmapCell("U1", "I1", 1.2m, ChartIndicatorStatus.Exceeded), new HeatmapCell("U2", "I1", 0.5m, ChartIndicatorStatus.NotMet), new HeatmapCell("U2", "I2", null, ChartIndicatorStatus.NoData)])),
            ["progress"] = Renderer.Render(new ProgressChart("Số tin, bài tuyên truyền — Phòng Một", "tin, bài", 54m, 60m, months)),
            ["awards"] = Renderer.Render(new AwardsChart("Đề xuất khen thưởng",
                [new AwardCandidateRow("F1", "Giấy khen của Giám đốc Sở", "U1", "Phòng Một", 108.5m, ChartAwardStatus.Proposed, ""),
                 new AwardCandidateRow("F1", "Giấy khen của Giám đốc Sở", "U2", "Phòng Hai", null, ChartAwardStatus.Ineligible, "Xếp loại")])),
            ["empty"] = Renderer.Render(new RankingChart("Xếp hạng", [])),
        };

        foreach (var (name, png) in images)
        {
            using var image = Rendered(png, name);
            image.Width.Should().BeGreaterThanOrEqualTo(1000, name);
            image.Ink().Should().BeGreaterThan(0.002, name);
        }
        using (var heatmap = new PngImage(images["heatmap"])) heatmap.Count("#1b7837").Should().BeGreaterThan(500);
        using (var ranking = new PngImage(images["ranking"])) ranking.Count("#3f6fb0").Should().BeGreaterThan(2000, "score bars are the SVG's blue");
    }
}
