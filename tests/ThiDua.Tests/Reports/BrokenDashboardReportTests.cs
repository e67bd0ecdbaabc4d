using ThiDua.Dashboards;
using ThiDua.Periods;
using ThiDua.Reports;

namespace ThiDua.Tests.Reports;

/// <summary>A malformed dashboard file costs the report its panels, said in the report, never the report itself.</summary>
public sealed class BrokenDashboardReportTests(SeededReportDatabase db) : IClassFixture<SeededReportDatabase>
{
    [Fact]
    public async Task A_monthly_report_is_written_without_the_panels_of_a_malformed_dashboard_and_says_why()
    {
        var folder = ReportTools.TempDir();
        await File.WriteAllTextAsync(Path.Combine(folder, "leadership.json"), "{ \"title\": \"Lãnh đạo\", \"panels\": [ ");
        var service = new ReportService(db.Runtime, new NoPdfPrinter(), new DashboardCatalog(folder));

        var report = await service.GenerateMonthlyAsync("BK2022", new YearMonth(2022, 6), ReportCutOff.Monthly(new YearMonth(2022, 6)), ReportTools.TempDir());

        var html = await File.ReadAllTextAsync(report.HtmlPath);
        html.Should().Contain("Không vẽ được các biểu đồ của bảng điều khiển “leadership”").And.Contain("leadership.json")
            .And.Contain("Tỷ lệ hoàn thành", "the report's own sections are all there");
    }
}
