using ThiDua.Import.Parsing;
using ThiDua.Periods;
using ThiDua.Reports;
using ThiDua.Reports.Pdf;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Reports;

/// <summary>
/// The clerk prints the tổng kết after the council met on BK2021-BAUCU's two ties at the last place of the Giấy khen
/// (cá nhân): its notice still said they awaited the council ("cần Hội đồng xem xét, quyết định") above section 4
/// listing the council's decisions on them. It asks the council only for the ties not yet decided.
/// </summary>
public sealed class DecidedTiesNoticeTests(SeededReportDatabase db) : IClassFixture<SeededReportDatabase>
{
    private const string Campaign = "BK2021-BAUCU";
    private const string Header = "campaign;form;unit;decision;reference;date;note\n";

    [Fact]
    public async Task The_summary_asks_the_council_only_for_the_ties_it_has_not_decided_yet()
    {
        await db.CloseAsync(Campaign, new YearMonth(2021, 5), new DateTimeOffset(2021, 6, 3, 2, 0, 0, TimeSpan.Zero));
        var service = db.Service(new ChromiumPdfPrinter("/nonexistent/chromium", TimeSpan.FromSeconds(5)));
        async Task<string> SummaryAsOf(int day) => await File.ReadAllTextAsync((await service.GenerateSummaryAsync(Campaign,
            new DateTimeOffset(2021, 6, day, 7, 0, 0, ReportCutOff.VietnamOffset), ReportTools.TempDir())).HtmlPath);

        var undecided = await SummaryAsOf(3);
        await DecideAsync($"{Campaign};BK21-GK-CN;BK-VP-01;approved;112/QĐ-STTTT;2021-06-04;\n", day: 4);
        var one = await SummaryAsOf(5);
        await DecideAsync($"{Campaign};BK21-GK-CN;BK-BCVT-01;deferred;;2021-06-06;\n", day: 6);
        var both = await SummaryAsOf(7);

        undecided.Should().Contain("có 2 trường hợp bằng điểm ở suất cuối của số lượng được khen (đồng hạng), cần Hội đồng xem xét, quyết định.");
        one.Should().Contain("(đồng hạng); Hội đồng đã quyết định 1 trường hợp (mục 4), còn 1 trường hợp cần Hội đồng xem xét, quyết định.");
        both.Should().Contain("Có 2 trường hợp bằng điểm ở suất cuối của số lượng được khen (đồng hạng): Hội đồng đã quyết định cả 2 trường hợp")
            .And.NotContain("cần Hội đồng xem xét")
            .And.Contain("<td class=\"whole\">BK-BCVT-01</td><td>Ma Thị Thu Hà</td><td>Bằng điểm ở suất cuối — Hội đồng quyết định</td><td>hoãn xét</td>");
    }

    private async Task DecideAsync(string row, int day)
    {
        db.Clock.Advance(new DateTimeOffset(2021, 6, day, 2, 0, 0, TimeSpan.Zero) - db.Clock.GetUtcNow());
        var outcome = await ProductDatabase.ImportAsync(db.Runtime, ImportKind.AwardDecisions, Header + row);
        outcome.Accepted.Should().BeTrue(string.Join("; ", outcome.Errors));
    }
}
