using ThiDua.Tests.Cli;

namespace ThiDua.Tests.Documents;

/// <summary>
/// The dossier read as the office's clerk reads it before it goes to leadership: who signs each document and with what
/// note (Nghị định 30/2020/NĐ-CP, the forms of Nghị định 98/2023/NĐ-CP), and how the tờ trình counts who is proposed.
/// </summary>
public sealed class DossierSignatureTests(SeededDatabase db) : IClassFixture<SeededDatabase>, IDisposable
{
    private const string Campaign = "BK2021-BAUCU";
    private const string OfficeSigner = "Nguyễn Văn Thi";
    private readonly string dir = Directory.CreateTempSubdirectory("thidua-dossier-sign-").FullName;

    private async Task<string> DossierAsync()
    {
        var settings = Path.Combine(dir, "settings.json");
        File.WriteAllText(settings, $$"""
            { "parent_body": "UBND tỉnh Bắc Kạn", "issuing_body": "Sở Thông tin và Truyền thông", "place": "Bắc Kạn", "symbol": "STTTT",
              "council": "Hội đồng Thi đua - Khen thưởng Sở", "signer_title": "Giám đốc", "signer_name": "{{OfficeSigner}}",
              "recipients": ["Như trên;", "Lưu: VT, TĐKT."], "date": "2021-06-15" }
            """);
        return await DossierCommand.RunAsync(db.ConnectionString, Campaign, Path.Combine(dir, "out"), "--settings", settings);
    }

    private static IReadOnlyList<string> SignatureCells(DocxReadBack doc) => doc.Tables[^1][0];

    [Fact]
    public async Task A_collectives_report_is_signed_by_its_own_head_and_does_not_borrow_the_offices_signer_or_symbol()
    {
        var folder = await DossierAsync();

        var report = DocxReadBack.Open(Directory.GetFiles(folder, "bao-cao-thanh-tich-*-BK-VP.docx").Single());

        SignatureCells(report)[1].Should().StartWith("THỦ TRƯỞNG ĐƠN VỊ").And.EndWith("……………………",
            "the head of Văn phòng Sở is not the Sở's director named in the settings");
        report.Text.Should().NotContain(OfficeSigner).And.NotContain("/BC-STTTT").And.Contain("Số:        /BC-………");
    }

    [Fact]
    public async Task An_individuals_report_is_signed_by_the_person_without_a_seal()
    {
        var folder = await DossierAsync();

        var report = DocxReadBack.Open(Directory.GetFiles(folder, "bao-cao-thanh-tich-*-BK-TTBCXB-01.docx").Single());

        SignatureCells(report)[1].Should().Be("NGƯỜI BÁO CÁO THÀNH TÍCH(Ký, ghi rõ họ và tên)Hà Thị Phương", "a person has no seal to put");
        // The only seal is the certifying head's, beside the person (AchievementReportFormTests).
        report.Paragraphs.Where(p => p.Contains("đóng dấu")).Should().Equal("(Ký, ghi rõ họ tên, đóng dấu)");
        report.Text.Should().NotContain(OfficeSigner);
    }

    [Fact]
    public async Task The_minutes_are_signed_by_the_secretary_beside_the_chair()
    {
        var folder = await DossierAsync();

        var minutes = DocxReadBack.Open(Path.Combine(folder, "bien-ban.docx"));

        var cells = SignatureCells(minutes);
        cells[0].Should().Be("THƯ KÝ(Ký, ghi rõ họ tên)……………………");
        cells[1].Should().StartWith("CHỦ TỊCH HỘI ĐỒNG").And.EndWith(OfficeSigner);
        minutes.Paragraphs.Count(p => p == "THƯ KÝ").Should().Be(1, "the secretary signs in the signature table, not on a line of its own below it");
    }

    [Fact]
    public async Task The_proposal_counts_each_forms_candidates_by_kind_and_does_not_repeat_the_level()
    {
        var folder = await DossierAsync();

        var proposal = DocxReadBack.Open(Path.Combine(folder, "to-trinh.docx"));

        // The seed proposes two individuals for the province's Bằng khen, a form open to both kinds.
        proposal.Paragraphs.Should().Contain("1. Bằng khen của Chủ tịch UBND tỉnh: 2 cá nhân")
            .And.Contain("2. Giấy khen của Giám đốc Sở (cá nhân): 2 cá nhân")
            .And.Contain("3. Giấy khen của Giám đốc Sở (tập thể): 2 tập thể");
        proposal.Text.Should().NotContain("tập thể và cá nhân").And.NotContain("(Chủ tịch UBND tỉnh)").And.NotContain("(Giám đốc Sở)");
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
