using System.Globalization;
using System.Xml.Linq;
using ThiDua.Charts;
using ThiDua.Charts.Svg;
using ThiDua.Periods;

namespace ThiDua.Tests.Charts;

/// <summary>
/// A value axis's labels stay inside the chart: the indicator page's small multiple of a unit far behind a reduce_by
/// target (LS2021's traffic accidents, −1.000% of plan) showed "1.000%" under the 0% line, its minus past the edge.
/// </summary>
public sealed class AxisTickLabelsTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly YearMonth[] Months = [new(2021, 1), new(2021, 2), new(2021, 3), new(2021, 4), new(2021, 5), new(2021, 6)];

    public static TheoryData<string, string> Charts() => new()
    {
        { "small multiple", new SvgChartRenderer().Render(Trend(compact: true)) },
        { "trend, phone", SvgChartRenderer.Narrow.Render(Trend(compact: false)) },
        { "trend, wide", new SvgChartRenderer().Render(Trend(compact: false)) },
        { "progress, phone", SvgChartRenderer.Narrow.Render(Progress()) },
        { "progress, wide", new SvgChartRenderer().Render(Progress()) },
    };

    [Theory]
    [MemberData(nameof(Charts))]
    public void Every_y_tick_label_starts_inside_the_chart(string chart, string svg)
    {
        var ticks = XDocument.Parse(svg).Descendants(Svg + "text")
            .Where(t => (string?)t.Attribute("text-anchor") == "end" && (string?)t.Attribute("font-size") == "11").ToList();

        ticks.Should().NotBeEmpty();
        foreach (var t in ticks)
        {
            var start = double.Parse((string)t.Attribute("x")!, CultureInfo.InvariantCulture) - TextMeasure.Width(t.Value, 11);
            start.Should().BeGreaterThanOrEqualTo(2, $"the {chart} chart's label \"{t.Value}\" is drawn whole");
        }
        if (chart.StartsWith("small", StringComparison.Ordinal) || chart.StartsWith("trend", StringComparison.Ordinal))
            ticks.Select(t => t.Value).Should().Contain(v => v.StartsWith('-'), "the negative ticks keep their sign");
    }

    // Công an tỉnh Lạng Sơn's ratio to plan, month by month (−658% … −56%), as the indicator page draws it.
    private static TrendChart Trend(bool compact) => new("Công an tỉnh Lạng Sơn", Months,
        [new TrendSeries("LS-CAT", "Công an tỉnh Lạng Sơn", [-658m, -422m, -500m, -250m, -112m, -55.56m])], Percent: true, Compact: compact);

    // Subscribers in the tens of millions: "25.000.000" beside a phone's plot.
    private static ProgressChart Progress() => new("Tổng số thuê bao", "thuê bao", 24_000_000m, null,
        Months.Select((m, i) => new ProgressPoint(m, 20_000_000m + i * 700_000m, 24_000_000m)).ToList());
}
