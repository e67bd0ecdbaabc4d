using System.Globalization;
using System.Xml.Linq;
using ThiDua.Charts;
using ThiDua.Periods;

namespace ThiDua.Tests.Charts;

/// <summary>
/// The phone layout (<see cref="SvgChartRenderer.Narrow"/>): 300 wide so it is drawn at least 1:1 on a 360–390 px
/// screen, each name on its own line above its bar, places "2=", four ticks at most, no word under 11 px, and value
/// labels clear of the 100 line.
/// </summary>
public sealed class NarrowLayoutTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly SvgChartRenderer Narrow = SvgChartRenderer.Narrow;

    private static readonly AttainmentChart Scores = ChartSamples.ScoresOfClusters();

    private static List<XElement> Texts(string svg) => XDocument.Parse(svg).Descendants(Svg + "text").ToList();

    private static double Size(XElement text) => double.Parse((string?)text.Attribute("font-size") ?? "12", CultureInfo.InvariantCulture);

    private static double X(XElement e, string name = "x") => double.Parse((string)e.Attribute(name)!, CultureInfo.InvariantCulture);

    [Fact]
    public void A_narrow_bar_chart_is_300_wide_with_each_short_name_on_its_own_line_above_its_bar_and_places_shown()
    {
        var svg = Narrow.Render(Scores);
        var doc = XDocument.Parse(svg);

        doc.Root!.Attribute("viewBox")!.Value.Should().StartWith("0 0 300 ");
        var texts = Texts(svg);
        var name = texts.Single(t => t.Value == "Phòng Công nghệ thông tin");
        name.Attribute("x")!.Value.Should().NotBe("232", "the name starts at the left, not right-aligned beside the bar");
        var bar = name.Parent!.Elements(Svg + "rect").First();
        X(bar, "y").Should().BeGreaterThan(X(name, "y"), "the bar is drawn under its name");
        X(bar, "width").Should().BeGreaterThan(120, "the bar has the chart's width, not what a name column leaves");
        texts.Select(t => t.Value).Should().Contain(["1", "2=", "Khối các phòng chuyên môn", "Khối đơn vị sự nghiệp", "100 điểm", "108,54 ▲"]);
        name.Parent!.Element(Svg + "title")!.Value.Should().Contain("Phòng Công nghệ thông tin (Sở TT&TT Bắc Kạn)", "the full name is in the tooltip");
        texts.Where(t => t.Value.Length > 1).Should().OnlyContain(t => Size(t) >= 11, "no word is drawn under 11 px at 1:1");
    }

    [Fact]
    public void Value_labels_never_sit_on_the_100_line()
    {
        var svg = Narrow.Render(Scores);
        var lines = XDocument.Parse(svg).Descendants(Svg + "line").Where(l => (string?)l.Attribute("stroke-dasharray") == "6 3").ToList();
        var hundred = X(lines[0], "x1");

        var label = Texts(svg).First(t => t.Value == "98,50 ▼");
        X(label).Should().BeGreaterThan(hundred, "98,50 would be struck through by the line at 100: it starts after it");
        foreach (var value in Texts(svg).Where(t => t.Value.EndsWith('▲') || t.Value.EndsWith('▼')))
        {
            var start = X(value);
            var end = start + value.Value.Length * 7.5; // wider than any 12 px digit
            (start > hundred || end < hundred).Should().BeTrue($"'{value.Value}' at x {start} is clear of the line at {hundred}");
        }
    }

    [Fact]
    public void A_narrow_ranking_shows_shared_places_and_few_ticks()
    {
        var svg = Narrow.Render(ChartSamples.Ranking());

        var texts = Texts(svg).Select(t => t.Value).ToList();
        texts.Should().Contain(["1", "2=", "4", "97,25"]);
        texts.Count(t => t == "2=").Should().Be(2);
        var ticks = Texts(svg).Where(t => (string?)t.Attribute("text-anchor") == "middle" && Size(t) == 11).ToList();
        ticks.Should().HaveCountLessThanOrEqualTo(4, "a phone's axis has at most four numbers");
    }

    [Fact]
    public void A_long_title_wraps_to_two_lines_and_the_ids_differ_from_the_wide_chart()
    {
        var svg = Narrow.Render(Scores);
        var wide = new SvgChartRenderer().Render(Scores);

        var title = Texts(svg).Where(t => Size(t) == 15).Select(t => t.Value).ToList();
        title.Should().HaveCount(2);
        string.Join(" ", title).Should().Be("Mức độ hoàn thành chung (điểm / 100) — tháng 12/2022");
        Id(svg).Should().NotBe(Id(wide), "both are inline on one page");
        Narrow.Render(Scores).Should().Be(svg, "deterministic");

        static string Id(string s) => XDocument.Parse(s).Root!.Attribute("aria-labelledby")!.Value;
    }

    [Fact]
    public void Line_charts_and_awards_have_a_narrow_layout_too()
    {
        var months = Enumerable.Range(1, 12).Select(m => new ProgressPoint(new YearMonth(2022, m), 8m * m, 9m * m)).ToList();
        var progress = Narrow.Render(new ProgressChart("Số tin, bài tuyên truyền — Phòng Thông tin - Báo chí - Xuất bản", "tin, bài", 108m, null, months));
        var trend = Narrow.Render(new TrendChart("Điểm từng tháng", [.. months.Select(p => p.Month)],
            [new TrendSeries("CNTT", "Phòng Công nghệ thông tin", [.. months.Select(p => (decimal?)(90 + p.Month.Month))])], Percent: false));
        var awards = Narrow.Render(new AwardsChart("Đề xuất khen thưởng",
            [new AwardCandidateRow("GK", "Giấy khen của Giám đốc Sở", "CNTT", "Phòng Công nghệ thông tin", 108.54m, ChartAwardStatus.Proposed, ""),
             new AwardCandidateRow("GK", "Giấy khen của Giám đốc Sở", "HVT", "Hoàng Văn Thạch", null, ChartAwardStatus.Ineligible, "Xếp loại")]));

        foreach (var svg in new[] { progress, trend, awards })
        {
            XDocument.Parse(svg).Root!.Attribute("viewBox")!.Value.Should().StartWith("0 0 300 ");
            Texts(svg).Where(t => t.Value.Length > 1).Should().OnlyContain(t => Size(t) >= 10, "month and tick labels stay legible");
        }
        Texts(progress).Count(t => t.Value.EndsWith("/2022", StringComparison.Ordinal)).Should().BeLessThanOrEqualTo(4, "four month labels on a phone");
        Texts(awards).Select(t => t.Value).Should().Contain(["108,54", "Đề nghị khen thưởng", "– · Không đủ tiêu chuẩn"]);
    }
}
