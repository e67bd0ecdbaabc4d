using ThiDua.Periods;
using ThiDua.Reports;
using ThiDua.Tests.Infrastructure;
using ThiDua.Tests.Reports;

namespace ThiDua.Tests.UnitEnding;

/// <summary>
/// The monthly report of the month of a merger dropped the merged district from every table without a word on why.
/// The reports now name the campaign's units that have ended by their month, with the month and the unit that took
/// each over; a month before the end names none.
/// </summary>
public sealed class EndedUnitReportTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    private const string Line = "Không có trong các bảng của báo cáo (đơn vị đã ngừng hoạt động): "
        + "UBND huyện Bắc Sơn (ngừng hoạt động từ tháng 07/2024, sáp nhập vào UBND huyện An Bình).";

    [Fact]
    public async Task The_monthly_and_summary_reports_name_a_district_merged_away_from_its_month_on()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        await MergedDistrictProvince.DefineAsync(runtime);
        await MergedDistrictProvince.MergeAsync(runtime);
        var service = new ReportService(runtime, new NoPdfPrinter(), new ThiDua.Dashboards.DashboardCatalog(ReportTools.TempDir()), ReportTools.TempDir());
        var cutOff = DateTimeOffset.UtcNow.AddMinutes(1);

        var june = await service.GenerateMonthlyAsync(MergedDistrictProvince.Campaign, new YearMonth(2024, 6), cutOff, ReportTools.TempDir());
        var july = await service.GenerateMonthlyAsync(MergedDistrictProvince.Campaign, new YearMonth(2024, 7), cutOff, ReportTools.TempDir());
        var summary = await service.GenerateSummaryAsync(MergedDistrictProvince.Campaign, cutOff, ReportTools.TempDir());

        File.ReadAllText(june.HtmlPath).Should().NotContain("ngừng hoạt động").And.Contain("UBND huyện Bắc Sơn", "in June the district still ranks");
        var julyHtml = File.ReadAllText(july.HtmlPath);
        julyHtml.Should().Contain(Line);
        julyHtml.Split("UBND huyện Bắc Sơn").Length.Should().Be(2, "July's tables leave the district out; only the line names it");
        File.ReadAllText(summary.HtmlPath).Should().Contain(Line);
    }
}
