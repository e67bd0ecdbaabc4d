using System.Globalization;
using System.Xml.Linq;
using ThiDua.Charts;

namespace ThiDua.Tests.Charts;

public class CrispLinesTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static TheoryData<string> Samples => ["attainment", "ranking", "heatmap", "progress", "awards"];

    [Theory]
    [MemberData(nameof(Samples))]
    public void One_pixel_axis_lines_sit_on_pixel_centres(string kind)
    {
        var renderer = new SvgChartRenderer();
        var svg = kind switch
        {
            "attainment" => renderer.Render(ChartSamples.Attainment()),
            "ranking" => renderer.Render(ChartSamples.Ranking()),
            "heatmap" => renderer.Render(ChartSamples.Heatmap()),
            "progress" => renderer.Render(ChartSamples.Progress()),
            _ => renderer.Render(ChartSamples.Awards()),
        };

        var lines = XDocument.Parse(svg).Descendants(Svg + "line").Where(l => (string?)l.Attribute("stroke-width") == "1").ToList();
        foreach (var line in lines)
        {
            double Get(string name) => double.Parse(line.Attribute(name)!.Value, CultureInfo.InvariantCulture);
            if (Get("x1") == Get("x2")) (Get("x1") % 1).Should().Be(0.5, line.ToString());
            if (Get("y1") == Get("y2")) (Get("y1") % 1).Should().Be(0.5, line.ToString());
        }
    }
}
