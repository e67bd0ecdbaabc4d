using ThiDua.Tests.Cli;

namespace ThiDua.Tests.Documents;

/// <summary>
/// The clerk checks the heading (Nghị định 30/2020/NĐ-CP: the issuer under its direct parent body) of each báo cáo
/// thành tích. Hà Thị Phương's report is issued in the name of her unit, Phòng Thông tin - Báo chí - Xuất bản, which
/// belongs to the Sở; the heading put the settings' "UBND TỈNH BẮC KẠN" above it (or a blank without settings), while
/// the collective's own report of the same unit had the Sở above it.
/// </summary>
public sealed class IndividualReportHeadingTests(SeededDatabase db) : IClassFixture<SeededDatabase>, IDisposable
{
    private const string Campaign = "BK2021-BAUCU";
    private readonly string dir = Directory.CreateTempSubdirectory("thidua-dossier-heading-").FullName;

    private Task<string> DossierAsync(params string[] extra) => DossierCommand.RunAsync(db.ConnectionString, Campaign, Path.Combine(dir, "out" + extra.Length), extra);

    [Fact]
    public async Task A_persons_report_is_headed_by_their_unit_under_the_body_their_unit_belongs_to()
    {
        var settings = Path.Combine(dir, "settings.json");
        File.WriteAllText(settings, """{ "parent_body": "UBND tỉnh Bắc Kạn", "issuing_body": "Sở Thông tin và Truyền thông", "place": "Bắc Kạn" }""");

        foreach (var folder in new[] { await DossierAsync(), await DossierAsync("--settings", settings) })
        {
            var person = DocxReadBack.Open(Directory.GetFiles(folder, "bao-cao-thanh-tich-*-BK-TTBCXB-01.docx").Single());
            var unit = DocxReadBack.Open(Directory.GetFiles(folder, "bao-cao-thanh-tich-*-BK-TTBCXB.docx").Single());

            person.Paragraphs.Take(2).Should().Equal("SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH BẮC KẠN", "PHÒNG THÔNG TIN - BÁO CHÍ - XUẤT BẢN (SỞ TT&TT BẮC KẠN)");
            unit.Paragraphs.Take(2).Should().Equal(person.Paragraphs.Take(2), "the unit's report and its member's are issued by the same unit");
        }
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
