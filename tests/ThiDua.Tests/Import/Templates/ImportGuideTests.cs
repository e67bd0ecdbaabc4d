using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ThiDua.Import.Parsing;
using ThiDua.Import.Templates;

namespace ThiDua.Tests.Import.Templates;

/// <summary>
/// The /imports page's column guide and its template files say what the import reads: every column it accepts is
/// explained, every template header is a name it accepts, every example row is one it reads without an error, and
/// the empty workbook an analyst downloads is read as that kind with no complaint but its lack of rows.
/// </summary>
public class ImportGuideTests
{
    public static TheoryData<ImportKind> Kinds() => [.. Enum.GetValues<ImportKind>()];

    [Theory, MemberData(nameof(Kinds))]
    public void The_guide_explains_every_column_the_import_accepts_and_no_other(ImportKind kind)
    {
        ImportGuide.For(kind).Select(c => c.Name).Should().BeEquivalentTo(ImportSchemas.For(kind).Select(c => c.Name));
        ImportGuide.For(kind).Should().OnlyContain(c => c.What.Length > 0 && c.Header.IsNormalized(NormalizationForm.FormC));
    }

    [Theory, MemberData(nameof(Kinds))]
    public void The_csv_template_with_the_guides_example_row_is_read_without_an_error(ImportKind kind)
    {
        var example = string.Join(';', ImportGuide.For(kind).Select(c => c.Example));
        var bytes = ImportTemplateFiles.Csv(kind).Concat(Encoding.UTF8.GetBytes(example + "\r\n")).ToArray();

        using var file = CsvImportReader.Read(new MemoryStream(bytes), ImportTemplateFiles.FileName(kind, "csv"), kind);

        file.Validate().Should().BeEmpty();
        file.DataRowCount.Should().Be(1);
        foreach (var column in ImportSchemas.For(kind)) file.HasColumn(column.Name).Should().BeTrue(column.Name);
    }

    [Theory, MemberData(nameof(Kinds))]
    public void The_empty_workbook_is_read_as_its_kind_and_keeps_codes_and_months_as_text(ImportKind kind)
    {
        var bytes = ImportTemplateFiles.Workbook(kind);

        using (var file = CsvImportReader.Read(new MemoryStream(bytes), ImportTemplateFiles.FileName(kind, "xlsx"), kind))
        {
            // Its header accepted: the one complaint is the one every header-only sheet gets.
            file.Validate().Should().ContainSingle().Which.MessageVi.Should()
                .Be($"Trang tính '{ImportGuide.Title(kind)}' của tệp 'mau-{ImportKindNames.ToCliWord(kind)}.xlsx' không có dòng dữ liệu nào (chỉ có dòng tiêu đề).");
        }
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).Should().Equal(ImportGuide.Title(kind), ImportTemplateFiles.GuideSheet);
        var data = (WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().First().Id!);
        var formats = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var columns = data.Worksheet.Descendants<Column>().ToList();
        var guide = ImportGuide.For(kind);
        columns.Should().HaveCount(guide.Count);
        for (var i = 0; i < guide.Count; i++)
        {
            // 49 is Excel's "@" (text): what is typed there stays as typed ("001", "05/2025"); numbers stay numbers.
            var format = formats[(int)columns[i].Style!.Value].NumberFormatId!.Value;
            (format == 49).Should().Be(!guide[i].IsNumber, guide[i].Header);
        }
        data.Worksheet.Descendants<Cell>().Select(c => c.InnerText).Should().Equal(guide.Select(c => c.Header));
    }

    [Fact]
    public void The_council_members_column_says_absent_members_count_and_one_meeting_gives_one_number()
    {
        // Writing the members present (9 of 11 present, 9 agreeing: 100%) is the slip that lets a ballot pass a share.
        ImportGuide.For(ImportKind.AwardDecisions).Single(c => c.Name == "council_members").What
            .Should().Contain("kể cả người vắng mặt (không phải số có mặt)").And.Contain("các dòng của cùng một cuộc họp ghi cùng một số");
    }
}
