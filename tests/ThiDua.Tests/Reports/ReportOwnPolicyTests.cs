using ThiDua.Charts;
using ThiDua.Periods;
using ThiDua.Reports;
using ThiDua.Reports.Monthly;
using ThiDua.Tests.Analytics;

namespace ThiDua.Tests.Reports;

/// <summary>
/// A report's HTML carries its own content security policy: opened from the reports folder (no server, no header) or
/// printed to PDF by Chromium from disk, it runs no script and loads nothing, whatever a name in it holds.
/// </summary>
public sealed class ReportOwnPolicyTests
{
    [Fact]
    public void A_report_file_opened_without_the_server_forbids_scripts_and_loads_by_itself()
    {
        var snapshot = new SnapshotBuilder().Unit("U1", cluster: "K1", name: "Phòng Tổng hợp").Indicator("I")
            .Target("U1", "I", 12m).Measure("U1", "I", "2024-03", 6m).Build();
        var cutOff = ReportCutOff.Monthly(new YearMonth(2024, 6));

        var html = new MonthlyReportHtml(new SvgChartRenderer()).Render(MonthlyReportBuilder.Build(snapshot, new YearMonth(2024, 6), cutOff, [], null));

        var head = html[..html.IndexOf("</head>", StringComparison.Ordinal)];
        head.Should().Contain("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:;");
        head.IndexOf("Content-Security-Policy", StringComparison.Ordinal).Should().BeLessThan(head.IndexOf("<title>", StringComparison.Ordinal),
            "the policy comes before anything taken from the data");
    }
}
