using ThiDua.Import.Parsing;
using static ThiDua.Tests.Import.Xlsx.CraftedWorkbook;

namespace ThiDua.Tests.Import.Xlsx;

/// <summary>A date cell of an .xlsx read as the day Excel shows, whichever date system the workbook counts in and whatever the machine's zone.</summary>
public sealed class XlsxDateCellTests
{
    private const string Header = "campaign,unit,form,date";

    private static string Row(int row, string dateCell) =>
        $"""<row r="{row}"><c r="A{row}" t="inlineStr"><is><t>C1</t></is></c><c r="B{row}" t="inlineStr"><is><t>U{row}</t></is></c>{dateCell}</row>""";

    [Fact]
    public void A_workbook_counting_its_dates_from_1904_reads_each_date_cell_as_the_day_excel_shows()
    {
        // Excel for Mac's old default, kept by a file made from such a template: the same day is 1,462 fewer than in the 1900 system.
        var june1 = (int)new DateTime(2025, 6, 1).ToOADate() - 1462;
        var march1 = (int)new DateTime(2025, 3, 1).ToOADate() - 1462;
        var rows = TextRow(1, Header.Split(',')) + Row(2, $"""<c r="D2" s="1"><v>{june1}</v></c>""");
        var months = TextRow(1, "campaign", "unit", "indicator", "period", "value")
            + $"""<row r="2"><c r="A2" t="inlineStr"><is><t>C1</t></is></c><c r="B2" t="inlineStr"><is><t>U1</t></is></c><c r="C2" t="inlineStr"><is><t>I1</t></is></c><c r="D2" s="3"><v>{march1}</v></c><c r="E2"><v>12</v></c></row>""";

        var (read, errors) = XlsxReadingTests.Read(Build(rows, workbookProperties: """<workbookPr date1904="1"/>"""), ImportKind.Registrations);
        var (measured, monthErrors) = XlsxReadingTests.Read(Build(months, workbookProperties: """<workbookPr date1904="true"/>"""), ImportKind.Measurements);

        errors.Should().BeEmpty();
        read.Cast<RegistrationRow>().Single().Date.Should().Be(new DateOnly(2025, 6, 1), "not 31/05/2021, four years and a day early");
        monthErrors.Should().BeEmpty();
        measured.Cast<MeasurementRow>().Single().Period.ToString().Should().Be("2025-03");
    }

    [Fact]
    public void An_iso_date_cell_is_the_day_written_even_with_an_offset_on_a_machine_in_another_zone()
    {
        // 00:30 on 1 June in Vietnam is still 31 May in UTC: the day is the one written, not the machine's.
        var rows = TextRow(1, Header.Split(',')) + Row(2, """<c r="D2" t="d"><v>2025-06-01T00:30:00+07:00</v></c>""")
            + Row(3, """<c r="D3" t="d"><v>2025-06-02</v></c>""");

        var (read, errors) = XlsxReadingTests.Read(Build(rows), ImportKind.Registrations);

        errors.Should().BeEmpty();
        read.Cast<RegistrationRow>().Select(r => r.Date).Should().Equal(new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 2));
    }

    [Fact]
    public void Serials_of_january_and_february_1900_are_the_days_excel_shows_and_its_29_february_1900_is_refused()
    {
        // Excel counts 1900 as a leap year: 1 is 01/01/1900, 59 is 28/02/1900, 60 the 29/02/1900 that never was, 61 is 01/03/1900.
        var rows = TextRow(1, Header.Split(',')) + Row(2, """<c r="D2" s="1"><v>1</v></c>""") + Row(3, """<c r="D3" s="1"><v>59</v></c>""")
            + Row(4, """<c r="D4" s="1"><v>61</v></c>""") + Row(5, """<c r="D5" s="1"><v>60</v></c>""");

        var (read, errors) = XlsxReadingTests.Read(Build(rows), ImportKind.Registrations);

        read.Cast<RegistrationRow>().Select(r => r.Date).Should().Equal(new DateOnly(1900, 1, 1), new DateOnly(1900, 2, 28), new DateOnly(1900, 3, 1));
        errors.Should().ContainSingle().Which.Should().Match<ImportError>(e => e.Line == 5 && e.MessageEn.Contains("not a valid date"));
        new[] { new DateTime(1900, 1, 1), new DateTime(1900, 2, 28), new DateTime(1900, 3, 1), new DateTime(2025, 6, 1) }
            .Select(ThiDua.Exports.Xlsx.XlsxSerialDate.Of).Should().Equal(1, 59, 61, new DateTime(2025, 6, 1).ToOADate());
    }

    [Fact]
    public void A_ballot_typed_as_9_11_that_excel_kept_as_a_date_is_named_as_such_not_as_a_bad_number()
    {
        // A clerk types the biên bản's "9/11" into a cell of a workbook in Vietnamese: Excel keeps the date 09/11.
        var november9 = (int)new DateTime(2026, 11, 9).ToOADate();
        var rows = TextRow(1, "campaign", "form", "unit", "decision", "votes_for", "council_members")
            + $"""<row r="2"><c r="A2" t="inlineStr"><is><t>C1</t></is></c><c r="B2" t="inlineStr"><is><t>GK</t></is></c><c r="C2" t="inlineStr"><is><t>U1</t></is></c><c r="D2" t="inlineStr"><is><t>đồng ý</t></is></c><c r="E2" s="1"><v>{november9}</v></c><c r="F2"><v>11</v></c></row>""";

        var (_, errors) = XlsxReadingTests.Read(Build(rows), ImportKind.AwardDecisions);

        var error = errors.Should().ContainSingle().Subject;
        error.MessageVi.Should().Contain("ô này là ngày 09/11/2026 — Excel tự đổi số phiếu kiểu '9/11' thành ngày: định dạng ô là số (Number) hoặc văn bản (Text)")
            .And.NotContain("không phải số hợp lệ");
        error.MessageEn.Should().Contain("the cell holds the date 2026-11-09 — Excel turns a ballot typed as '9/11' into a date");
    }
}
