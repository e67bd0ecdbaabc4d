using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Documents.Reminders;
using ThiDua.Documents.Settings;
using ThiDua.Measurements.Submissions;
using ThiDua.Tests.Analytics;
using static ThiDua.Tests.Analytics.SnapshotBuilder;

namespace ThiDua.Tests.Documents.Reminders;

/// <summary>
/// The clerk sends August's công văn đôn đốc in December with the office's document settings (those of the award
/// dossier): it is dated the day the list was read, not the dossier's day; "Kính gửi" reads as NĐ 30/2020 sets it — one
/// unit on its line, several each on a line under it with the dashes in line under the colon, not each line centred —;
/// the office's own "Lưu: VT, TĐKT." stays; the TT column is centred as in every official table; the time the figures were read is written as a letter writes it.
/// </summary>
public sealed class ReminderAddresseesAndDateTests : IDisposable
{
    private static readonly DossierSettings Settings = new(ParentBody: "UBND tỉnh Lạng Sơn", IssuingBody: "Hội đồng Thi đua - Khen thưởng tỉnh",
        Place: "Lạng Sơn", Symbol: "HĐTĐKT", SignerTitle: "Chủ tịch", SignerName: "Hồ Tiến Thiệu",
        Recipients: ["Như trên;", "Chủ tịch UBND tỉnh (b/c);", "Lưu: VT, TĐKT."], Date: new DateOnly(2021, 11, 20));

    private static readonly DateTimeOffset ReadAt = new(2021, 12, 6, 18, 30, 0, TimeSpan.Zero); // 07/12 01:30 in Vietnam

    private readonly string path = Path.Combine(Path.GetTempPath(), $"reminder-{Guid.NewGuid():N}.docx");

    [Fact]
    public void Several_units_owing_are_listed_under_Kinh_gui_with_aligned_dashes_and_the_letter_is_dated_the_day_the_list_was_read()
    {
        var doc = Build("LS-CAOLOC", "LS-TPLS");

        doc.Paragraphs.Should().Contain("Lạng Sơn, ngày 07 tháng 12 năm 2021", "the day the list was read, in Vietnam time")
            .And.NotContain(p => p.Contains("ngày 20 tháng 11", StringComparison.Ordinal), "the settings' date is the award dossier's")
            .And.Contain(p => p.EndsWith("(theo số liệu đã nhận đến 01 giờ 30 phút ngày 07/12/2021):", StringComparison.Ordinal), "a letter writes a time in words")
            .And.Contain("- Lưu: VT, TĐKT.").And.Contain("- Như trên;")
            .And.NotContain("- Chủ tịch UBND tỉnh (b/c);", "a reminder goes to the units it names");
        using var word = WordprocessingDocument.Open(path, false);
        var body = word.MainDocumentPart!.Document.Body!;
        var row = body.Descendants<TableRow>().Single(r => r.InnerText.StartsWith("Kính gửi:", StringComparison.Ordinal));
        var cells = row.Elements<TableCell>().ToList();
        cells[0].InnerText.Should().Be("Kính gửi:");
        Justification(cells[0].Elements<Paragraph>().Single()).Should().Be("right", "the colon ends where the dashes start");
        cells[1].Elements<Paragraph>().Select(p => p.InnerText).Should().Equal("", "- UBND huyện Cao Lộc;", "- UBND thành phố Lạng Sơn.");
        cells[1].Elements<Paragraph>().Select(Justification).Should().OnlyContain(j => j == "left", "the dashes in line, not each line centred");
        var table = body.Elements<Table>().Single(t => t.InnerText.StartsWith("TTTập thể", StringComparison.Ordinal));
        table.Elements<TableRow>().Skip(1).Select(r => Justification(r.Elements<TableCell>().First().Elements<Paragraph>().Single()))
            .Should().OnlyContain(j => j == "center", "TT is an ordinal");
    }

    [Fact]
    public void One_unit_owing_is_named_on_the_line_of_Kinh_gui()
    {
        var doc = Build("LS-CAOLOC");

        doc.Paragraphs.Should().Contain("Kính gửi: UBND huyện Cao Lộc.").And.NotContain("Kính gửi:");
    }

    private DocxReadBack Build(params string[] units)
    {
        var builder = new SnapshotBuilder().Indicator("LS21-NTM");
        foreach (var u in units) builder.Unit(u, name: u == "LS-TPLS" ? "UBND thành phố Lạng Sơn" : "UBND huyện Cao Lộc").Target(u, "LS21-NTM", 1m);
        // One unit has sent August's figure, so the indicator is awaited from the others.
        var snapshot = builder.Unit("LS-VANLANG", name: "UBND huyện Văn Lãng").Target("LS-VANLANG", "LS21-NTM", 1m).Measure("LS-VANLANG", "LS21-NTM", "2024-08", 1m).Build();
        var owing = MonthSubmissions.Of(snapshot, M("2024-08")).Where(r => !r.Complete).ToList();
        File.WriteAllBytes(path, SubmissionReminderDocx.Build(snapshot.Campaign, M("2024-08"), owing, i => i, Settings, ReadAt));
        return DocxReadBack.Open(path);
    }

    private static string Justification(Paragraph p) => p.ParagraphProperties?.Justification?.Val?.InnerText ?? "left";

    public void Dispose() => File.Delete(path);
}
