using System.Text.RegularExpressions;
using ThiDua.Charts;
using ThiDua.Periods;
using ThiDua.Reports;
using ThiDua.Reports.Monthly;
using ThiDua.Reports.Summary;
using ThiDua.Tests.Analytics;

namespace ThiDua.Tests.Reports;

/// <summary>
/// A report's indicator table had two columns headed "Chỉ tiêu": the indicator's name and the target's value. The
/// value column reads "Chỉ tiêu giao", as the Excel export, the CLI and the Word dossier head it.
/// </summary>
public sealed partial class TargetColumnWordingTests
{
    [GeneratedRegex("<thead>(.*?)</thead>", RegexOptions.Singleline)]
    private static partial Regex Head();

    [GeneratedRegex("<th[^>]*>(.*?)</th>", RegexOptions.Singleline)]
    private static partial Regex Cell();

    private static SnapshotBuilder Campaign() => new SnapshotBuilder()
        .Unit("U1", cluster: "K1", name: "Văn phòng").Unit("U2", cluster: "K1", name: "Phòng Tổng hợp")
        .Indicator("I", aggregation: ThiDua.Indicators.Aggregation.Sum)
        .Target("U1", "I", 12m).Target("U2", "I", 12m)
        .Measure("U1", "I", "2024-03", 6m).Measure("U2", "I", "2024-05", 2m);

    private static List<string[]> Headings(string html) =>
        Head().Matches(html).Select(h => Cell().Matches(h.Groups[1].Value).Select(c => c.Groups[1].Value).ToArray()).ToList();

    [Fact]
    public void The_monthly_and_summary_reports_head_the_target_column_Chi_tieu_giao_once_beside_the_indicator()
    {
        var month = new YearMonth(2024, 6);
        var cutOff = ReportCutOff.Monthly(month);
        var monthly = new MonthlyReportHtml(new SvgChartRenderer()).Render(MonthlyReportBuilder.Build(Campaign().Build(), month, cutOff, [], null));
        var summary = new SummaryReportHtml(new SvgChartRenderer()).Render(SummaryReportBuilder.Build(Campaign().Build(), cutOff, null));

        foreach (var html in new[] { monthly, summary })
        {
            var heads = Headings(html);
            heads.Should().Contain(h => h.Contains("Chỉ tiêu giao"));
            heads.Should().OnlyContain(h => h.Count(c => c == "Chỉ tiêu") <= 1, "one column names the indicator, another its target");
        }
    }
}
