using System.Globalization;
using System.Xml.Linq;
using ThiDua.Charts;
using ThiDua.Reports.Html;

namespace ThiDua.Tests.Charts;

/// <summary>
/// A chart taller than a printed page is drawn in parts cut between its rows, each no taller than the report's page
/// allows, each unit in exactly one part and in order, with the whole chart's title on the first and "(tiếp theo)" on
/// the others; a chart that fits a page is the one SVG the pages draw.
/// </summary>
public class PrintedChartPartsTests
{
    private const int Units = 150;
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static TheoryData<string> Kinds => ["attainment", "ranking", "heatmap", "awards"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_chart_that_fits_a_page_prints_as_the_one_svg_the_pages_draw(string kind)
    {
        var (parts, whole) = kind switch
        {
            "attainment" => (SvgChartRenderer.RenderParts(ChartSamples.ScoresOfClusters(), ReportStyles.ChartHeightPerWidth), new SvgChartRenderer().Render(ChartSamples.ScoresOfClusters())),
            "ranking" => (SvgChartRenderer.RenderParts(ChartSamples.RankingOfGroups(), ReportStyles.ChartHeightPerWidth), new SvgChartRenderer().Render(ChartSamples.RankingOfGroups())),
            "heatmap" => (SvgChartRenderer.RenderParts(ChartSamples.Heatmap(), ReportStyles.ChartHeightPerWidth), new SvgChartRenderer().Render(ChartSamples.Heatmap())),
            _ => (SvgChartRenderer.RenderParts(ChartSamples.Awards(), ReportStyles.ChartHeightPerWidth), new SvgChartRenderer().Render(ChartSamples.Awards())),
        };

        parts.Should().Equal(whole);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_chart_of_150_units_prints_in_page_sized_parts_cut_between_its_rows(string kind)
    {
        var (title, parts) = Large(kind);

        parts.Should().HaveCountGreaterThan(1);
        var documents = parts.Select(XDocument.Parse).ToList();
        var ids = new HashSet<string>();
        for (var i = 0; i < documents.Count; i++)
        {
            var root = documents[i].Root!;
            var (width, height) = (double.Parse(root.Attribute("width")!.Value, CultureInfo.InvariantCulture), double.Parse(root.Attribute("height")!.Value, CultureInfo.InvariantCulture));
            height.Should().BeLessThanOrEqualTo(width * ReportStyles.ChartHeightPerWidth, $"part {i + 1} is printed on one page");
            root.Element(Svg + "title")!.Value.Should().Be(i == 0 ? title : title + " (tiếp theo)");
            foreach (var id in root.Descendants().Select(e => e.Attribute("id")?.Value).OfType<string>())
                ids.Add(id).Should().BeTrue($"id {id} of part {i + 1} is its own: the parts are printed in one document");
        }
        // Every unit in exactly one part, in the chart's order: the cuts fall between rows.
        var order = documents.SelectMany(d => Enumerable.Range(0, Units).Where(u => d.ToString().Contains($"({Code(u)})", StringComparison.Ordinal))).ToList();
        order.Should().Equal(Enumerable.Range(0, Units));
        // A part starting inside the second group says which group it is in.
        documents.Where(d => d.ToString().Contains($"({Code(Units - 1)})", StringComparison.Ordinal))
            .Should().OnlyContain(d => d.Descendants(Svg + "text").Any(t => t.Value.StartsWith("Nhóm B", StringComparison.Ordinal)));
    }

    private static string Code(int unit) => "U" + unit.ToString("D3", CultureInfo.InvariantCulture);

    private static string Group(int unit) => unit < Units / 3 ? "Nhóm A" : "Nhóm B";

    private static (string Title, IReadOnlyList<string> Parts) Large(string kind)
    {
        var units = Enumerable.Range(0, Units).ToList();
        var ratio = ReportStyles.ChartHeightPerWidth;
        switch (kind)
        {
            case "attainment":
                var attainment = new AttainmentChart("Mức độ hoàn thành chung", units.Select(u => new AttainmentBar(Code(u), "Đơn vị số " + u, 1.2m - u / 200m, null,
                    u < 40 ? ChartIndicatorStatus.Exceeded : ChartIndicatorStatus.NotMet, Group(u), (u + 1).ToString(CultureInfo.InvariantCulture))).ToList(), Scores: true);
                return (attainment.Title, SvgChartRenderer.RenderParts(attainment, ratio));
            case "ranking":
                var ranking = new RankingChart("Xếp hạng", units.Select(u => new RankingBar(u + 1, Code(u), "Đơn vị số " + u, 120m - u / 2m, Group(u))).ToList());
                return (ranking.Title, SvgChartRenderer.RenderParts(ranking, ratio));
            case "heatmap":
                var heatmap = new HeatmapChart("Đơn vị × chỉ tiêu", units.Select(u => new HeatmapUnit(Code(u), "Đơn vị số " + u, Group(u))).ToList(),
                    [new("I1", "Chỉ tiêu một"), new("I2", "Chỉ tiêu hai")], units.Select(u => new HeatmapCell(Code(u), "I1", 1m, ChartIndicatorStatus.Met)).ToList());
                return (heatmap.Title, SvgChartRenderer.RenderParts(heatmap, ratio));
            default:
                var awards = new AwardsChart("Đề xuất khen thưởng", units.Select(u => new AwardCandidateRow(u < Units / 3 ? "A" : "B", Group(u), Code(u), "Đơn vị số " + u,
                    100m - u / 4m, u < 3 ? ChartAwardStatus.Proposed : ChartAwardStatus.Ineligible, "")).ToList());
                return (awards.Title, SvgChartRenderer.RenderParts(awards, ratio));
        }
    }
}
