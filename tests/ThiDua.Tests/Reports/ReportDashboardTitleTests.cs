using System.Text.Json;
using ThiDua.Periods;
using ThiDua.Reports;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Reports;

/// <summary>A report names the dashboard its charts come from by the title its page shows, as its definition file says, not by the file's name.</summary>
public sealed class ReportDashboardTitleTests(SeededReportDatabase db) : IClassFixture<SeededReportDatabase>
{
    [Fact]
    public async Task The_monthly_report_names_the_leadership_dashboard_by_its_vietnamese_title()
    {
        var june = new YearMonth(2022, 6);
        var report = await db.Service(new NoPdfPrinter()).GenerateMonthlyAsync("BK2022", june, ReportCutOff.Monthly(june), ReportTools.TempDir());

        ShouldNameByTitle(await File.ReadAllTextAsync(report.HtmlPath), "leadership");
    }

    [Fact]
    public async Task The_summary_report_names_the_awards_dashboard_by_its_vietnamese_title()
    {
        var campaign = (await db.Runtime.Snapshots.LoadAsync("BK2021-BAUCU", null))!.Campaign;
        var report = await db.Service(new NoPdfPrinter()).GenerateSummaryAsync(campaign.Code, ReportCutOff.Summary(campaign), ReportTools.TempDir());

        ShouldNameByTitle(await File.ReadAllTextAsync(report.HtmlPath), "awards");
    }

    private static void ShouldNameByTitle(string html, string dashboard)
    {
        using var definition = JsonDocument.Parse(File.ReadAllText(Path.Combine(SeedFiles.RepositoryRoot, "dashboards", dashboard + ".json")));
        var title = definition.RootElement.GetProperty("title").GetString()!;
        html.Should().Contain($"Các biểu đồ của bảng điều khiển “{title}”").And.NotContain($"“{dashboard}”");
    }
}
