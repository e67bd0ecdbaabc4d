using System.Xml.Linq;
using ThiDua.Charts;
using ThiDua.Periods;

namespace ThiDua.Tests.Charts;

/// <summary>
/// An indicator measured in % writes its figures as the ratios beside it do ("97,2%", no space before the sign), in
/// the progress chart's tooltips too; other units keep their space ("279 vụ").
/// </summary>
public class ProgressPercentTooltipTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_percent_indicator_tooltip_has_no_space_before_the_sign(bool narrow)
    {
        var chart = new ProgressChart("Tỷ lệ xã có đài truyền thanh", "%", 96m, null,
            [new ProgressPoint(new YearMonth(2022, 11), 96.5m, 96m), new ProgressPoint(new YearMonth(2022, 12), 97.2m, 96m)]);

        var titles = Titles((narrow ? SvgChartRenderer.Narrow : new SvgChartRenderer()).Render(chart));

        titles.Should().Contain("12/2022 – thực hiện: 97,2%; kế hoạch đến kỳ: 96%");
        titles.Should().NotContain(t => t.Contains(" %", StringComparison.Ordinal));
    }

    [Fact]
    public void Another_unit_keeps_its_space()
    {
        var chart = new ProgressChart("Số vụ tai nạn giao thông", "vụ", 279m, null, [new ProgressPoint(new YearMonth(2022, 12), 21m, 20m)]);

        Titles(new SvgChartRenderer().Render(chart)).Should().Contain("12/2022 – thực hiện: 21 vụ; kế hoạch đến kỳ: 20 vụ");
    }

    private static List<string> Titles(string svg) => XDocument.Parse(svg).Descendants(Svg + "title").Select(t => t.Value).ToList();
}
