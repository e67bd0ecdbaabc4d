using System.Globalization;
using System.Text;
using System.Xml.Linq;
using ThiDua.Charts;
using ThiDua.Periods;

namespace ThiDua.Tests.Charts;

public class SvgChartRendererTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private const string Script = "<script>alert(1)</script>";
    private readonly SvgChartRenderer _renderer = new();

    public static TheoryData<string> Kinds => ["attainment", "ranking", "heatmap", "progress", "awards"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Output_is_a_well_formed_standalone_svg(string kind)
    {
        var svg = Render(kind, "Văn phòng Sở");
        var root = XDocument.Parse(svg).Root!;

        root.Name.Should().Be(Svg + "svg");
        root.Attribute("viewBox")!.Value.Should().MatchRegex(@"^0 0 \d+ \d+$");
        root.Attribute("width").Should().NotBeNull();
        root.Attribute("height").Should().NotBeNull();
        root.Attribute("font-family")!.Value.Should().Be("Noto Sans, DejaVu Sans, Arial, sans-serif");
        root.Element(Svg + "title")!.Value.Should().NotBeEmpty();
        root.Element(Svg + "rect")!.Attribute("fill")!.Value.Should().Be("#ffffff", "printable: white background");
        svg.Should().NotContain("<script").And.NotContain("<style").And.NotContain("href")
            .And.NotContain("@import").And.NotContain("url(http");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_hostile_name_is_escaped_and_never_raw(string kind)
    {
        var svg = Render(kind, Script);

        svg.Should().NotContain(Script).And.NotContain("<script");
        svg.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt;");
        XDocument.Parse(svg).Descendants(Svg + "title").Should().Contain(t => t.Value.Contains(Script, StringComparison.Ordinal));
    }

    [Fact]
    public void Score_bars_speak_of_points_not_of_a_target_exceeded()
    {
        var bars = new[] { new AttainmentBar("U1", "Phòng Một", 1.0267m, null, ChartIndicatorStatus.Exceeded) };

        var scores = _renderer.Render(new AttainmentChart("Điểm", bars, Scores: true));
        var ratios = _renderer.Render(new AttainmentChart("Tỷ lệ", bars));

        scores.Should().Contain("Trên 100 điểm").And.Contain("100 điểm").And.NotContain("Vượt chỉ tiêu");
        ratios.Should().Contain("Vượt chỉ tiêu").And.Contain("100% chỉ tiêu");
        // Written as the ranking writes a score, on an axis of points — not as a percentage beside a ranking in points.
        var texts = XDocument.Parse(scores).Descendants(Svg + "text").Select(t => t.Value).ToList();
        texts.Should().Contain(["Điểm thi đua", "102,67 ▲", "100 điểm"]).And.NotContain(t => t.Contains('%', StringComparison.Ordinal));
        XDocument.Parse(ratios).Descendants(Svg + "text").Select(t => t.Value).Should().Contain(["Tỷ lệ hoàn thành (%)", "102,67% ▲", "100%"]);
    }

    [Fact]
    public void Quotes_apostrophes_and_ampersands_are_escaped()
    {
        var svg = _renderer.Render(new RankingChart("A \"quoted\" & 'single' > title", [new RankingBar(1, "X", "Sở TT&TT Bắc Kạn", 1m)]));

        svg.Should().Contain("A &quot;quoted&quot; &amp; &apos;single&apos; &gt; title").And.Contain("Sở TT&amp;TT Bắc Kạn");
        XDocument.Parse(svg).Root!.Element(Svg + "title")!.Value.Should().Be("A \"quoted\" & 'single' > title");
    }

    [Fact]
    public void Control_characters_cannot_break_the_xml()
    {
        var svg = _renderer.Render(new RankingChart("Bad\u0001title\uD800", [new RankingBar(1, "X", "Tên\u0000lỗi", 1m)]));

        var act = () => XDocument.Parse(svg);
        act.Should().NotThrow();
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Same_input_renders_byte_identical_output_in_any_culture(string kind)
    {
        var first = Render(kind, "Văn phòng Sở");
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE"); // decimal comma would corrupt coordinates
            Render(kind, "Văn phòng Sở").Should().Be(first);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Decomposed_vietnamese_is_written_in_nfc()
    {
        var decomposed = "Phòng Kế hoạch – Tài chính".Normalize(NormalizationForm.FormD);
        decomposed.Should().NotBe("Phòng Kế hoạch – Tài chính");

        var svg = _renderer.Render(new RankingChart(decomposed, [new RankingBar(1, "KHTC", decomposed, 90m)]));

        svg.IsNormalized(NormalizationForm.FormC).Should().BeTrue();
        svg.Should().Contain("Phòng Kế hoạch – Tài chính".Normalize(NormalizationForm.FormC)).And.NotContain(decomposed);
    }

    [Fact]
    public void A_long_name_is_shortened_with_an_ellipsis_and_kept_whole_in_the_tooltip()
    {
        var doc = XDocument.Parse(_renderer.Render(ChartSamples.Ranking()));

        var texts = doc.Descendants(Svg + "text").Select(t => t.Value).ToList();
        texts.Should().Contain(t => t.EndsWith('…') && ChartSamples.LongName.StartsWith(t.TrimEnd('…'), StringComparison.Ordinal));
        texts.Should().NotContain(ChartSamples.LongName);
        doc.Descendants(Svg + "title").Should().Contain(t => t.Value.Contains(ChartSamples.LongName, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_bar_has_a_tooltip_with_the_full_name_and_the_vietnamese_value()
    {
        var titles = XDocument.Parse(_renderer.Render(ChartSamples.Attainment()))
            .Descendants(Svg + "g").Select(g => g.Element(Svg + "title")?.Value).ToList();

        titles.Should().HaveCount(5);
        titles.Should().Contain("Văn phòng Sở (VP): 107,14% – Vượt chỉ tiêu; mức phấn đấu 110%");
        titles.Should().Contain("Phòng Bưu chính, Viễn thông & Công nghệ số (BCVT): 97,34% – Chưa đạt; mức phấn đấu 105%");
        titles.Should().Contain("Phòng Thông tin – Báo chí – Xuất bản (TTBCXB): Chưa có số liệu");
    }

    [Fact]
    public void Ranking_shows_shared_ranks_and_scores_with_decimal_commas()
    {
        var texts = XDocument.Parse(_renderer.Render(ChartSamples.Ranking())).Descendants(Svg + "text").Select(t => t.Value).ToList();

        var titles = XDocument.Parse(_renderer.Render(ChartSamples.Ranking())).Descendants(Svg + "title").Select(t => t.Value).ToList();
        texts.Where(t => t == "2=").Should().HaveCount(2, "tied units share rank 2, and the chart says so");
        titles.Where(t => t.StartsWith("Đồng hạng 2:", StringComparison.Ordinal)).Should().HaveCount(2);
        texts.Should().Contain(["1", "4", "5", "97,25", "112,50", "90,60"]);
    }

    [Fact]
    public void Ranking_of_several_groups_heads_each_group_and_names_it_in_each_bars_title()
    {
        var doc = XDocument.Parse(_renderer.Render(ChartSamples.RankingOfGroups()));
        var texts = doc.Descendants(Svg + "text").Select(t => t.Value).ToList();
        var titles = doc.Descendants(Svg + "title").Select(t => t.Value).ToList();

        texts.Where(t => t.StartsWith("Cụm,", StringComparison.Ordinal) || t.StartsWith("Không thuộc cụm", StringComparison.Ordinal))
            .Should().Equal("Cụm, khối 1 · tập thể", "Cụm, khối 1 · cá nhân", "Không thuộc cụm, khối · tập thể");
        titles.Should().Contain("Hạng 1 (Cụm, khối 1 · cá nhân): Nguyễn Thị Hồng Nhung (NV01) – 100,00 điểm");
        // Seven rows (three headings, four units): the plot is seven rows high.
        doc.Root!.Attribute("height")!.Value.Should().Be(((int)(64 + 7 * 26) + 24 + 8).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Heatmap_cells_show_value_and_a_text_mark_for_grey_print()
    {
        var texts = XDocument.Parse(_renderer.Render(ChartSamples.Heatmap())).Descendants(Svg + "text").Select(t => t.Value).ToList();

        texts.Should().Contain(["104,88%", "100%", "71,43%", "128,57%", "▲", "=", "▼", "?"]);
    }

    [Fact]
    public void Progress_labels_months_and_large_values_the_vietnamese_way()
    {
        var svg = _renderer.Render(ChartSamples.Progress());

        svg.Should().Contain(">01/2024<").And.Contain(">12/2024<").And.Contain("Chỉ tiêu: 1.110.000").And.Contain(">1.000.000<");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Empty_data_renders_the_placeholder(string kind)
    {
        var svg = kind switch
        {
            "attainment" => _renderer.Render(new AttainmentChart("Trống", [])),
            "ranking" => _renderer.Render(new RankingChart("Trống", [])),
            "heatmap" => _renderer.Render(new HeatmapChart("Trống", [new HeatmapUnit("A", "A")], [], [])),
            "progress" => _renderer.Render(new ProgressChart("Trống", "", null, null, [])),
            _ => _renderer.Render(new AwardsChart("Trống", [])),
        };

        XDocument.Parse(svg).Descendants(Svg + "text").Select(t => t.Value).Should().Contain("Chưa có số liệu");
    }

    [Fact]
    public void One_progress_point_and_flat_zero_values_still_render()
    {
        var svg = _renderer.Render(new ProgressChart("Một tháng", "lớp", 0m, null, [new ProgressPoint(new YearMonth(2024, 1), 0m, 0m)]));

        XDocument.Parse(svg).Should().NotBeNull();
        svg.Should().NotContain("NaN").And.NotContain("Infinity");
    }

    [Fact]
    public void Renderer_is_replaceable_behind_the_interface()
    {
        IChartRenderer renderer = _renderer;
        renderer.ContentType.Should().Be("image/svg+xml");
    }

    private string Render(string kind, string name) => kind switch
    {
        "attainment" => _renderer.Render(new AttainmentChart(name, [new AttainmentBar("U1", name, 0.9m, 1.1m, ChartIndicatorStatus.NotMet)])),
        "ranking" => _renderer.Render(new RankingChart(name, [new RankingBar(1, "U1", name, 95.5m)])),
        "heatmap" => _renderer.Render(new HeatmapChart(name, [new HeatmapUnit("U1", name)], [new HeatmapIndicator("I1", name)],
            [new HeatmapCell("U1", "I1", 1.05m, ChartIndicatorStatus.Exceeded)])),
        "progress" => _renderer.Render(new ProgressChart(name, name, 100m, null,
            [new ProgressPoint(new YearMonth(2024, 1), 10m, 8.33m), new ProgressPoint(new YearMonth(2024, 2), 20m, 16.67m)])),
        "awards" => _renderer.Render(new AwardsChart(name, [new AwardCandidateRow("F", name, "U1", name, 90m, ChartAwardStatus.Proposed, name)])),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
