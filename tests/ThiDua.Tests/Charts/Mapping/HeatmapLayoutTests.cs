using System.Xml.Linq;
using ThiDua.Analytics;
using ThiDua.Charts;
using ThiDua.Charts.Mapping;
using ThiDua.Charts.Svg;
using ThiDua.Tests.Analytics;

namespace ThiDua.Tests.Charts.Mapping;

/// <summary>The heatmap reads unfiltered: rows cluster by cluster, best score first; columns numbered and named in full in a key.</summary>
public class HeatmapLayoutTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Rows_go_cluster_by_cluster_best_score_first_under_a_heading_each()
    {
        var snapshot = new SnapshotBuilder().Unit("A", cluster: "K2").Unit("B", cluster: "K1").Unit("C", cluster: "K1").Unit("D")
            .Scored("A", 90m).Scored("B", 70m).Scored("C", 120m).Scored("D", 200m).Build();
        var result = CampaignAnalytics.Compute(snapshot, SnapshotBuilder.M("2024-12"));

        var heatmap = CampaignCharts.Heatmap(snapshot, result, new ChartFilter());
        var texts = XDocument.Parse(new SvgChartRenderer().Render(heatmap)).Descendants(Svg + "text").Select(t => t.Value).ToList();

        heatmap.Units.Select(u => u.Code).Should().Equal("C", "B", "A", "D");
        texts.Where(t => t.StartsWith("Cụm, khối", StringComparison.Ordinal) || t.StartsWith("Không thuộc", StringComparison.Ordinal))
            .Should().Equal("Cụm, khối K1", "Cụm, khối K2", "Không thuộc cụm, khối");
    }

    [Fact]
    public void Columns_are_numbered_and_the_key_names_each_indicator_in_full()
    {
        var longName = "Tỷ lệ hồ sơ giải quyết dịch vụ công trực tuyến mức độ 4 trên tổng số hồ sơ tiếp nhận và giải quyết của cơ quan";
        var chart = new HeatmapChart("Đơn vị × chỉ tiêu", [new("A", "Đơn vị A")], [new("I1", longName), new("I2", "Ngắn")],
            [new("A", "I1", 1m, ChartIndicatorStatus.Met)]);

        var doc = XDocument.Parse(new SvgChartRenderer().Render(chart));
        var texts = doc.Descendants(Svg + "text").Select(t => t.Value).ToList();

        texts.Should().Contain(["1", "2", "I1", "I2", "Chỉ tiêu theo số cột:", "1.", "2."]);
        string.Join(" ", texts.SkipWhile(t => t != "1.").Skip(1).TakeWhile(t => t != "2.")).Should().Be("I1 — " + longName, "the name is wrapped, not cut");
    }

    [Fact]
    public void The_names_pinned_on_a_phone_lie_exactly_over_the_heatmaps_own_and_are_hidden_from_screen_readers()
    {
        var snapshot = new SnapshotBuilder().Unit("A", cluster: "K2").Unit("B", cluster: "K1").Unit("C", cluster: "K1")
            .Scored("A", 90m).Scored("B", 70m).Scored("C", 120m).Build();
        var heatmap = CampaignCharts.Heatmap(snapshot, CampaignAnalytics.Compute(snapshot, SnapshotBuilder.M("2024-12")), new ChartFilter());

        var whole = XDocument.Parse(new SvgChartRenderer().Render(heatmap));
        var names = XDocument.Parse(SvgChartRenderer.RenderPinnedNames(heatmap));

        var pinned = Texts(names);
        pinned.Select(t => t.Text).Should().Equal("Cụm, khối K1", "C", "B", "Cụm, khối K2", "A");
        Texts(whole).Should().Contain(pinned, "each pinned name is drawn where the heatmap draws it");
        names.Root!.Attribute("aria-hidden")!.Value.Should().Be("true");
        names.Descendants(Svg + "title").Should().BeEmpty();
        ((int)names.Root.Attribute("height")!).Should().BeLessThan((int)whole.Root!.Attribute("height")!, "the key under the grid stays uncovered");
        SvgChartRenderer.RenderPinnedNames(new HeatmapChart("Trống", [], [], [])).Should().BeEmpty();
    }

    private static List<(string X, string Y, string Text)> Texts(XDocument svg) =>
        svg.Descendants(Svg + "text").Select(t => ((string)t.Attribute("x")!, (string)t.Attribute("y")!, t.Value)).ToList();
}
