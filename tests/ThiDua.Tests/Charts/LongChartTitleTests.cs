using System.Globalization;
using System.Xml.Linq;
using ThiDua.Charts;
using ThiDua.Charts.Svg;
using ThiDua.Periods;

namespace ThiDua.Tests.Charts;

/// <summary>
/// A long Vietnamese title is never cut inside a word: it takes a second line, broken between words, and the chart
/// moves down under it; past two lines it ends with "…" after a whole word. The document's &lt;title&gt; keeps it whole.
/// </summary>
public class LongChartTitleTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    // ≈ 120 characters: two lines in the wide chart (800 px), more than two in the phone's (300 px).
    private const string TwoLines = "Tỷ lệ hoàn thành: Số cuộc kiểm tra hoạt động bưu chính, báo chí phục vụ bầu cử đại biểu Quốc hội khóa XV — tháng 05/2021";

    // ≈ 230 characters: more than two lines even in the wide chart.
    private const string TooLong = "Đề xuất khen thưởng — Đợt thi đua đặc biệt lập thành tích chào mừng cuộc bầu cử đại biểu Quốc hội khóa XV, "
        + "đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021 - 2026 và Kỷ niệm 190 năm thành lập tỉnh Lạng Sơn (1831 - 2021)";

    public static TheoryData<string> Kinds => ["attainment", "ranking", "heatmap", "progress", "awards", "trend", "empty"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_title_too_long_for_one_line_takes_a_second_broken_between_words(string kind)
    {
        var svg = XDocument.Parse(Render(kind, TwoLines, new SvgChartRenderer()));

        var lines = TitleLines(svg);
        lines.Should().HaveCount(2);
        string.Join(" ", lines).Should().Be(TwoLines, "nothing is left out and no word is split");
        svg.Root!.Element(Svg + "title")!.Value.Should().Be(TwoLines);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_title_longer_than_two_lines_ends_after_a_whole_word(string kind)
    {
        foreach (var renderer in new[] { new SvgChartRenderer(), SvgChartRenderer.Narrow })
        {
            var svg = XDocument.Parse(Render(kind, TooLong, renderer));

            var lines = TitleLines(svg);
            lines.Should().HaveCount(2);
            lines[^1].Should().EndWith("…");
            Words(TooLong).Should().StartWith(Words(string.Join(" ", lines).TrimEnd('…')), "every word shown is whole");
            svg.Root!.Element(Svg + "title")!.Value.Should().Be(TooLong, "the whole title stays in the document");
        }
    }

    [Fact]
    public void The_chart_moves_down_under_a_second_title_line()
    {
        var one = XDocument.Parse(new SvgChartRenderer().Render(ChartSamples.Attainment()));
        var two = XDocument.Parse(new SvgChartRenderer().Render(ChartSamples.Attainment() with { Title = TwoLines }));

        Height(two).Should().Be(Height(one) + 20);
        var first = two.Descendants(Svg + "text").Single(t => t.Value == "Văn phòng Sở");
        Top(first).Should().Be(Top(one.Descendants(Svg + "text").Single(t => t.Value == "Văn phòng Sở")) + 20);
    }

    [Fact]
    public void The_names_pinned_on_a_phone_move_down_with_the_heatmap_under_a_two_line_title()
    {
        var heatmap = ChartSamples.Heatmap() with { Title = TwoLines };

        var whole = XDocument.Parse(new SvgChartRenderer().Render(heatmap));
        var names = XDocument.Parse(SvgChartRenderer.RenderPinnedNames(heatmap));

        var pinned = names.Descendants(Svg + "text").Select(t => (t.Value, Top(t))).ToList();
        pinned.Should().NotBeEmpty();
        whole.Descendants(Svg + "text").Select(t => (t.Value, Top(t))).Should().Contain(pinned, "each pinned name lies over the heatmap's own");
    }

    [Fact]
    public void A_small_multiple_keeps_one_line_cut_between_words()
    {
        var chart = new TrendChart(ChartSamples.LongName, [new YearMonth(2024, 1), new YearMonth(2024, 2)],
            [new TrendSeries("TTCNTT", ChartSamples.LongName, [90m, 100m])], Percent: true, Compact: true);
        var svg = XDocument.Parse(new SvgChartRenderer().Render(chart));

        var title = svg.Descendants(Svg + "text").First().Value;
        title.Should().EndWith("…");
        Words(ChartSamples.LongName).Should().StartWith(Words(title.TrimEnd('…')));
    }

    private static string Render(string kind, string title, SvgChartRenderer renderer) => kind switch
    {
        "attainment" => renderer.Render(ChartSamples.Attainment() with { Title = title }),
        "ranking" => renderer.Render(ChartSamples.Ranking() with { Title = title }),
        "heatmap" => renderer.Render(ChartSamples.Heatmap() with { Title = title }),
        "progress" => renderer.Render(ChartSamples.Progress() with { Title = title }),
        "awards" => renderer.Render(ChartSamples.Awards() with { Title = title }),
        "trend" => renderer.Render(new TrendChart(title, [new YearMonth(2024, 1), new YearMonth(2024, 2)],
            [new TrendSeries("VP", "Văn phòng Sở", [90m, 100m])], Percent: false)),
        _ => renderer.Render(new RankingChart(title, [])),
    };

    // The visible title: the bold texts of a heading's size (16 px, 15 on a phone).
    private static List<string> TitleLines(XDocument svg) => svg.Descendants(Svg + "text")
        .Where(t => (string?)t.Attribute("font-size") is "16" or "15" && (string?)t.Attribute("font-weight") == "bold")
        .Select(t => t.Value).ToList();

    private static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static int Height(XDocument svg) => (int)svg.Root!.Attribute("height")!;

    // A text's baseline in the document: its y plus every translate(0 dy) around it.
    private static double Top(XElement text) => double.Parse((string)text.Attribute("y")!, CultureInfo.InvariantCulture)
        + text.Ancestors(Svg + "g").Select(g => (string?)g.Attribute("transform")).OfType<string>()
            .Sum(t => double.Parse(t["translate(0 ".Length..^1], CultureInfo.InvariantCulture));
}
