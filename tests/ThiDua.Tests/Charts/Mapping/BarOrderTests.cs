using System.Globalization;
using System.Xml.Linq;
using ThiDua.Charts;
using ThiDua.Charts.Mapping;
using ThiDua.Charts.Svg;
using ThiDua.Ranking;
using ThiDua.Units;

namespace ThiDua.Tests.Charts.Mapping;

/// <summary>Bar charts answer "who leads each cluster": cluster by cluster, best first, shared places written "2=".</summary>
public class BarOrderTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Scores_follow_the_rankings_groups_and_ranks_with_ties_marked()
    {
        RankingRow Row(string cluster, int rank, string unit, decimal score) => new(cluster, UnitKind.Collective, rank, unit, "Đơn vị " + unit, score, 0, 0);
        var ranking = new[] { Row("K1", 1, "B", 110m), Row("K1", 2, "A", 95m), Row("K1", 2, "C", 95m), Row("K2", 1, "D", 80m) };
        var bars = ranking.Reverse().Select(r => new AttainmentBar(r.Unit, r.UnitName, r.Score / 100m, null, ChartIndicatorStatus.Met));

        var ordered = BarOrder.Scores(ranking, bars);

        ordered.Select(b => (b.UnitCode, b.Place)).Should().Equal(("B", "1"), ("A", "2="), ("C", "2="), ("D", "1"));
        ordered.Select(b => b.Group).Distinct().Should().HaveCount(2).And.OnlyContain(g => g != null && g.StartsWith("Cụm, khối K", StringComparison.Ordinal));
    }

    [Fact]
    public void Ratios_go_cluster_by_cluster_highest_first_with_no_data_last_and_unclustered_units_at_the_end()
    {
        var units = new Dictionary<string, Unit>
        {
            ["A"] = new("A", "An", UnitKind.Collective, null, "K1"), ["B"] = new("B", "Bình", UnitKind.Collective, null, "K1"),
            ["C"] = new("C", "Cường", UnitKind.Collective, null, "K1"), ["D"] = new("D", "Dũng", UnitKind.Collective, null, null),
            ["E"] = new("E", "Em", UnitKind.Collective, null, "K1"),
        };
        AttainmentBar Bar(string unit, decimal? ratio) => new(unit, units[unit].Name, ratio, null, ChartIndicatorStatus.Met);

        var ordered = BarOrder.Ratios(units, [Bar("D", 2m), Bar("A", 0.5m), Bar("B", 1.2m), Bar("C", 1.2m), Bar("E", null)]);

        ordered.Select(b => (b.UnitCode, b.Place)).Should().Equal(("B", "1="), ("C", "1="), ("A", "3"), ("E", null), ("D", "1"));
        ordered[^1].Group.Should().Be("Không thuộc cụm, khối");
    }

    [Fact]
    public void A_value_label_just_short_of_100_starts_after_the_dashed_line_instead_of_across_it()
    {
        var chart = new AttainmentChart("Tỷ lệ hoàn thành", [new("A", "Đơn vị A", 0.98m, null, ChartIndicatorStatus.NotMet), new("B", "Đơn vị B", 0.5m, null, ChartIndicatorStatus.NotMet)]);
        var doc = XDocument.Parse(new SvgChartRenderer().Render(chart));

        var line = doc.Descendants(Svg + "line").First(l => (string?)l.Attribute("stroke-dasharray") == "6 3"); // the plot's, then the legend's
        var hundred = double.Parse((string)line.Attribute("x1")!, CultureInfo.InvariantCulture);
        double LabelX(string text) => double.Parse((string)doc.Descendants(Svg + "text").First(t => t.Value.StartsWith(text, StringComparison.Ordinal)).Attribute("x")!, CultureInfo.InvariantCulture);

        LabelX("98%").Should().BeGreaterThan(hundred, "the label would otherwise be crossed by the 100% line");
        LabelX("50%").Should().BeLessThan(hundred, "a label clear of the line stays at its bar's end");
    }
}
