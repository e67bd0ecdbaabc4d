using System.Net;
using ThiDua.Import.Parsing;
using ThiDua.Tests.Documents;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Web.Submissions;

/// <summary>
/// The office writes its công văn đôn đốc from the submissions page: a Word letter laid out as a công văn (number with no
/// kind, "V/v …" under it, "Kính gửi" the units owing), listing what each owes — and none when nobody owes anything.
/// </summary>
public sealed class SubmissionReminderTests(SeededWebApp web) : IClassFixture<SeededWebApp>
{
    private const string Letter = "/campaigns/BK2022/submissions/reminder.docx?period=2022-06";

    [Fact]
    public async Task A_unit_owing_a_figure_gets_a_cong_van_naming_it_and_what_it_owes_and_nobody_owing_gets_none()
    {
        var none = await web.Client.GetAsync(Letter);
        (await ProductDatabase.ImportAsync(web.Runtime, ImportKind.Targets, "campaign;indicator;unit;target\nBK2022;BK22-12;BK-CNTT;90\n")).Accepted.Should().BeTrue();

        var page = WebUtility.HtmlDecode(await web.Client.GetStringAsync("/campaigns/BK2022/submissions?period=2022-06"));
        using var response = await web.Client.GetAsync(Letter);

        none.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await none.Content.ReadAsStringAsync()).Should().Contain("còn thiếu số liệu tháng 06/2022: không cần công văn đôn đốc");
        page.Should().Contain("<a href=\"/campaigns/BK2022/submissions/reminder.docx?period=2022-06\" download>Tải công văn đôn đốc báo cáo số liệu (Word)</a>");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("cong-van-don-doc-BK2022-2022-06.docx");
        var path = Path.Combine(Path.GetTempPath(), $"reminder-{Guid.NewGuid():N}.docx");
        try
        {
            await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
            var doc = DocxReadBack.Open(path);
            doc.Paragraphs.Should().Contain("V/v đôn đốc báo cáo số liệu tháng 06/2022")
                .And.Contain(p => p.StartsWith("Số:", StringComparison.Ordinal) && !p.Contains("/BC-", StringComparison.Ordinal) && !p.Contains("/TTr-", StringComparison.Ordinal))
                .And.Contain("Kính gửi: Phòng Công nghệ thông tin (Sở TT&TT Bắc Kạn).", "one addressee on the line of 'Kính gửi'")
                .And.Contain("Đề nghị các tập thể, cá nhân quan tâm, thực hiện./.");
            doc.Paragraphs.Should().NotContain(p => p.StartsWith("CÔNG VĂN", StringComparison.Ordinal), "a công văn has no title");
            var rows = doc.TableHeaded("TT", "Tập thể, cá nhân", "Chỉ tiêu còn thiếu số liệu", "Tháng gần nhất đã gửi");
            rows.Should().HaveCount(2);
            rows[1][0].Should().Be("1");
            rows[1][1].Should().Be("Phòng Công nghệ thông tin (Sở TT&TT Bắc Kạn)");
            rows[1][2].Should().StartWith("BK22-12 — ");
            rows[1][3].Should().Be("chưa gửi tháng nào");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
