using System.Globalization;
using System.Net;
using ThiDua.Import.Parsing;
using ThiDua.Tests.Exports;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Web.Submissions;

/// <summary>
/// Before closing June the office opens "Tình hình báo cáo số liệu": the seed's units sent every monthly figure; once a
/// new target is given to BK-CNTT (BK22-12, never reported), it is listed as owing that figure — on the page, in its
/// Excel download (by the indicator's name and code, as the page), and not as of a time before the target was given.
/// </summary>
public sealed class SubmissionsPageTests(SeededWebApp web) : IClassFixture<SeededWebApp>
{
    private const string Page = "/campaigns/BK2022/submissions?period=2022-06";

    [Fact]
    public async Task A_unit_given_an_indicator_it_never_reported_is_listed_as_owing_it_on_the_page_and_in_its_excel_and_was_not_before()
    {
        var before = DateTimeOffset.UtcNow;
        var first = WebUtility.HtmlDecode(await web.Client.GetStringAsync(Page));
        var outcome = await ProductDatabase.ImportAsync(web.Runtime, ImportKind.Targets, "campaign;indicator;unit;target\nBK2022;BK22-12;BK-CNTT;90\n");
        outcome.Accepted.Should().BeTrue(string.Join("\n", outcome.Errors));

        var now = WebUtility.HtmlDecode(await web.Client.GetStringAsync(Page));
        var then = WebUtility.HtmlDecode(await web.Client.GetStringAsync(Page + "&asOf=" + Uri.EscapeDataString(before.ToString("O", CultureInfo.InvariantCulture))));

        first.Should().Contain("Số liệu tháng 06/2022: <strong>7</strong> đã báo cáo đủ, <strong>0</strong> báo cáo thiếu, <strong>0</strong> chưa báo cáo")
            .And.Contain("Mọi tập thể, cá nhân đã báo cáo đủ số liệu tháng 06/2022.");
        now.Should().Contain("<strong>6</strong> đã báo cáo đủ, <strong>1</strong> báo cáo thiếu, <strong>0</strong> chưa báo cáo (trên 7 tập thể, cá nhân")
            .And.MatchRegex(@"Phòng Công nghệ thông tin[^<]*</a> \(BK-CNTT\)</td><td class=""num"">3/4</td><td><span class=""status st-nodata"">báo cáo thiếu</span></td><td>[^<]+ <span class=""meta"">\(BK22-12; chưa có tháng nào\)</span></td>")
            .And.NotContain("BK22-13", "its rank move was sent for June")
            .And.NotContain("BK22-NV1", "a task is reported once, when done");
        then.Should().Contain("<strong>7</strong> đã báo cáo đủ", "as of before the target, BK-CNTT owed nothing");
        await TheCampaignPageLinksToItAndItsExcelListsEveryUnitWithWhatItOwes();
    }

    [Fact]
    public async Task Units_with_nothing_awaited_for_the_month_are_told_so_not_counted_as_all_reported()
    {
        var html = WebUtility.HtmlDecode(await web.Client.GetStringAsync(Page + "&cluster=-"));

        html.Should().Contain("Chưa có số liệu tháng 06/2022 nào được gửi cho các chỉ tiêu của cụm, khối đã chọn")
            .And.NotContain("đã báo cáo đủ số liệu");
    }

    // Part of the scenario above (one import in the class's one database): the link, and the download after the import.
    private async Task TheCampaignPageLinksToItAndItsExcelListsEveryUnitWithWhatItOwes()
    {
        var campaign = WebUtility.HtmlDecode(await web.Client.GetStringAsync("/campaigns/BK2022?period=2022-06"));
        campaign.Should().Contain("<a href=\"/campaigns/BK2022/submissions?period=2022-06\">Tình hình báo cáo số liệu</a>");

        using var response = await web.Client.GetAsync("/exports/submissions.xlsx?campaign=BK2022&period=2022-06");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("BK2022-submissions-2022-06.xlsx");
        using var copy = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var sheet = WorkbookReadBack.Open(copy).Sheets.Single();

        sheet.Name.Should().Be("Báo cáo số liệu");
        sheet.Header.Should().Equal("Cụm, khối", "Mã đơn vị", "Tên đơn vị", "Loại", "Số chỉ tiêu báo cáo hằng tháng",
            "Đã có số liệu tháng 06/2022", "Tình trạng", "Chỉ tiêu còn thiếu số liệu");
        var rows = sheet.DataTexts(8).ToList();
        rows.Should().HaveCount(7);
        // The owed indicator by name, as the page gives it, not by its code alone (the CSV keeps the codes).
        rows.Single(r => r[1] == "BK-CNTT")[4..].Should().Equal("4", "3", "báo cáo thiếu",
            "Tỷ lệ cuộc họp cấp ủy, chính quyền, đoàn thể được tổ chức trực tuyến (BK22-12; chưa có tháng nào)");
        rows.Where(r => r[1] != "BK-CNTT").Should().OnlyContain(r => r[6] == "đã báo cáo đủ" && r[7] == "");
    }
}
