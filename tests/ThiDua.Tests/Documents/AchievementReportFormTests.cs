using ThiDua.Tests.Cli;

namespace ThiDua.Tests.Documents;

/// <summary>
/// A reviewer of the provincial Ban Thi đua - Khen thưởng lays each báo cáo thành tích beside its form in Nghị định
/// 98/2023/NĐ-CP, Phụ lục I (Mẫu số 02 for a collective, Mẫu số 03 for an individual): the items of "II. Thành tích
/// đạt được" in the forms' order and words, the rating among the achievements (not under the earlier titles of III),
/// nothing of the software's own in the text, and the two signatures the forms ask for — the unit (or the person) on the
/// right, the head above them who certifies and proposes the report on the left. The seed's BK2021-BAUCU: Phòng Thông
/// tin - Báo chí - Xuất bản (BK-TTBCXB) and its member Hà Thị Phương (BK-TTBCXB-01).
/// </summary>
public sealed class AchievementReportFormTests(SeededDatabase db) : IClassFixture<SeededDatabase>, IDisposable
{
    private const string Campaign = "BK2021-BAUCU";
    private readonly string dir = Directory.CreateTempSubdirectory("thidua-dossier-form-").FullName;

    private async Task<(DocxReadBack Unit, DocxReadBack Person, DocxReadBack Minutes)> DossierAsync()
    {
        var folder = await DossierCommand.RunAsync(db.ConnectionString, Campaign, Path.Combine(dir, "out"));
        DocxReadBack Report(string code) => DocxReadBack.Open(Directory.GetFiles(folder, $"bao-cao-thanh-tich-*-{code}.docx").Single());
        return (Report("BK-TTBCXB"), Report("BK-TTBCXB-01"), DocxReadBack.Open(Path.Combine(folder, "bien-ban.docx")));
    }

    /// <summary>The paragraphs from one heading up to the next, headings excluded.</summary>
    private static IReadOnlyList<string> Section(DocxReadBack doc, string heading, string next) =>
        doc.Paragraphs.SkipWhile(p => p != heading).Skip(1).TakeWhile(p => p != next).ToList();

    private static IReadOnlyList<string> Items(IReadOnlyList<string> section) =>
        section.Where(p => p.Length > 3 && char.IsDigit(p[0]) && p[1] == '.' && p[2] == ' ').ToList();

    [Fact]
    public async Task Both_reports_carry_the_certifying_heads_signature_beside_the_reporters()
    {
        var (unit, person, _) = await DossierAsync();

        var unitSigns = unit.Tables[^1][0];
        unitSigns[0].Should().Be("THỦ TRƯỞNG ĐƠN VỊ CẤP TRÊN TRỰC TIẾP XÁC NHẬN, ĐỀ NGHỊ(Ký, ghi rõ họ tên, đóng dấu)……………………",
            "the form has the head of the body above the unit certify and propose its report (left), its name for the office to write");
        unitSigns[1].Should().StartWith("THỦ TRƯỞNG ĐƠN VỊ(");
        var personSigns = person.Tables[^1][0];
        personSigns[0].Should().Be("THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ(Ký, ghi rõ họ tên, đóng dấu)……………………",
            "a person's report goes up certified and proposed by the head of their unit, with its seal");
        personSigns[1].Should().Be("NGƯỜI BÁO CÁO THÀNH TÍCH(Ký, ghi rõ họ và tên)Hà Thị Phương");
    }

    [Fact]
    public async Task The_achievements_follow_the_items_of_each_form_in_order()
    {
        var (unit, person, _) = await DossierAsync();

        Items(Section(unit, "II. THÀNH TÍCH ĐẠT ĐƯỢC", "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG")).Should().Equal(
            "1. Kết quả thực hiện các chỉ tiêu thi đua (từ tháng 02/2021 đến tháng 05/2021)",
            "2. Những biện pháp hoặc nguyên nhân đạt được thành tích; các phong trào thi đua đã được áp dụng trong thực tiễn sản xuất, công tác",
            "3. Việc thực hiện chủ trương, chính sách, pháp luật của Đảng, Nhà nước",
            "4. Hoạt động của tổ chức đảng, đoàn thể");
        Items(Section(person, "II. THÀNH TÍCH ĐẠT ĐƯỢC", "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG")).Should().Equal(
            ["1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận", "2. Thành tích đạt được"],
            "the individual's form has two items; results and initiatives are what the person achieved (2), not items 2 and 3 of their own");
    }

    [Fact]
    public async Task The_rating_and_discipline_are_reported_among_the_achievements_not_as_an_earlier_title()
    {
        var (unit, person, _) = await DossierAsync();

        foreach (var doc in new[] { unit, person })
        {
            Section(doc, "II. THÀNH TÍCH ĐẠT ĐƯỢC", "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG").Should()
                .ContainSingle(p => p.StartsWith("Xếp loại trong ") && p.Contains("; kỷ luật: "));
            Section(doc, "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG", "THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ").Should()
                .NotContain(p => p.StartsWith("Xếp loại"), "a rating of this campaign is not a danh hiệu thi đua already conferred");
        }
    }

    [Fact]
    public async Task The_persons_particulars_are_the_forms_lines_without_the_softwares_code()
    {
        var (_, person, _) = await DossierAsync();

        Section(person, "I. SƠ LƯỢC LÝ LỊCH", "II. THÀNH TÍCH ĐẠT ĐƯỢC").Take(3).Should().Equal(
            "- Họ tên: Hà Thị Phương",
            "- Đơn vị công tác: Phòng Thông tin - Báo chí - Xuất bản (Sở TT&TT Bắc Kạn); Khối các phòng chuyên môn thuộc Sở TT&TT Bắc Kạn (BK-KHOI1).",
            "[Đơn vị tự ghi] Sinh ngày, tháng, năm; giới tính; quê quán; trú quán; chức vụ (Đảng, chính quyền, đoàn thể); trình độ chuyên môn, nghiệp vụ; học hàm, học vị, danh hiệu, giải thưởng.");
        person.Text.Should().NotContain("BK-TTBCXB-01", "a candidate's code in ThiDua is no line of the form").And.NotContain("mã trong phong trào");
        person.Paragraphs.Count(p => p.Contains("Hà Thị Phương") && !p.StartsWith("NGƯỜI")).Should().Be(2, "named once in I, and under the signature");
    }

    [Fact]
    public async Task The_minutes_do_not_name_the_software_that_added_the_list_up()
    {
        var (_, _, minutes) = await DossierAsync();

        minutes.Text.Should().NotContain("ThiDua").And.Contain("danh sách đề nghị khen thưởng tổng hợp theo tiêu chuẩn, số lượng của từng hình thức:");
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
