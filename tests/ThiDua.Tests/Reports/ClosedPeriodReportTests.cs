using ThiDua.Import.Parsing;
using ThiDua.Periods;
using ThiDua.Reports;
using ThiDua.Reports.Pdf;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Reports;

/// <summary>
/// The reports show the lock as it stood at their cut-off, and the summary lists the council's decisions apart from the
/// proposals: a report cut off before the close shows neither.
/// </summary>
public sealed class ClosedPeriodReportTests(SeededReportDatabase db) : IClassFixture<SeededReportDatabase>
{
    private const string Campaign = "BK2021-BAUCU";

    [Fact]
    public async Task A_summary_cut_off_after_the_close_and_the_decisions_shows_both_and_one_cut_off_before_shows_neither()
    {
        await db.CloseAsync(Campaign, new YearMonth(2021, 5), new DateTimeOffset(2021, 6, 3, 2, 0, 0, TimeSpan.Zero));
        var seedDecisions = File.ReadAllLines(Path.Combine(SeedFiles.Directory, "award_decisions.csv"));
        var decisions = await ProductDatabase.ImportAsync(db.Runtime, ImportKind.AwardDecisions,
            string.Join('\n', seedDecisions.Where((l, i) => i == 0 || l.StartsWith(Campaign + ";", StringComparison.Ordinal))) + "\n");
        decisions.Accepted.Should().BeTrue(string.Join("; ", decisions.Errors));
        var service = db.Service(new ChromiumPdfPrinter("/nonexistent/chromium", TimeSpan.FromSeconds(5)));

        var after = await File.ReadAllTextAsync((await service.GenerateSummaryAsync(Campaign, new DateTimeOffset(2021, 6, 20, 7, 0, 0, ReportCutOff.VietnamOffset), ReportTools.TempDir())).HtmlPath);
        var before = await File.ReadAllTextAsync((await service.GenerateSummaryAsync(Campaign, ReportCutOff.Summary((await db.Runtime.Snapshots.LoadAsync(Campaign))!.Campaign), ReportTools.TempDir())).HtmlPath);
        var monthly = await File.ReadAllTextAsync((await service.GenerateMonthlyAsync(Campaign, new YearMonth(2021, 5), new DateTimeOffset(2021, 6, 20, 7, 0, 0, ReportCutOff.VietnamOffset), ReportTools.TempDir())).HtmlPath);

        after.Should().Contain("Số liệu đã chốt đến hết tháng 05/2021 — thidua.admin, 03/06/2021")
            .And.Contain("<td>Chốt số liệu đến hết tháng 05/2021</td><td>thidua.admin</td><td>Tổng kết đợt thi đua</td>")
            .And.Contain("4. Khen thưởng đã có quyết định")
            .And.Contain("<td class=\"whole\">BK-VP-01</td><td>Nông Thị Hạnh</td><td>Bằng điểm ở suất cuối — Hội đồng quyết định</td><td>đồng ý</td><td>112/QĐ-STTTT</td><td>04/06/2021</td>");
        after.IndexOf("4. Khen thưởng đã có quyết định", StringComparison.Ordinal).Should().BeGreaterThan(after.IndexOf("3. Đề xuất khen thưởng", StringComparison.Ordinal));
        before.Should().Contain("Chốt số liệu: chưa chốt tháng nào").And.Contain("Chưa có quyết định khen thưởng nào được ghi nhận.");
        monthly.Should().Contain("Chốt số liệu: Số liệu đã chốt đến hết tháng 05/2021 — thidua.admin, 03/06/2021");
    }
}
