using ThiDua.Import.Parsing;

namespace ThiDua.Tests.Import.Parsing;

/// <summary>
/// A month written the other way round for its separator (01-2026, 2026/03) or with dots is a month of an accepted year:
/// the error writes it the way that is read, and never says the year is out of range (it said "outside the accepted
/// range (years 1900 to 2999)" for 01-2026, which sent the analyst looking at the year).
/// </summary>
public class MonthInAnotherFormTests
{
    private const string M = "campaign,unit,indicator,period,value,note\n";

    /// <summary>Input audit, round 2: these were "not a valid month: use YYYY-MM or MM/YYYY, e.g. 2025-03", not naming theirs.</summary>
    [Theory]
    [InlineData("T5/2024", "2024-05", "05/2024")]
    [InlineData("T05-2024", "2024-05", "05/2024")]
    [InlineData("Th.12/2024", "2024-12", "12/2024")]
    [InlineData("Tháng 5/2024", "2024-05", "05/2024")]
    [InlineData("tháng 11 năm 2024", "2024-11", "11/2024")]
    [InlineData("THÁNG 2 NĂM 2024", "2024-02", "02/2024")]
    [InlineData("202403", "2024-03", "03/2024")]
    public void An_office_s_vietnamese_month_is_refused_with_that_month_written_the_way_that_is_read(string written, string yyyyMm, string mmYyyy) =>
        The_error_writes_the_month_the_way_that_is_read(written, yyyyMm, mmYyyy);

    [Theory]
    [InlineData("01-2026", "2026-01", "01/2026")]
    [InlineData("3-2026", "2026-03", "03/2026")]
    [InlineData("2026/03", "2026-03", "03/2026")]
    [InlineData("03.2026", "2026-03", "03/2026")]
    [InlineData("2026.12", "2026-12", "12/2026")]
    public void The_error_writes_the_month_the_way_that_is_read(string written, string yyyyMm, string mmYyyy)
    {
        var error = CsvTestFiles.Read(ImportKind.Measurements, M + $"CD,U,CT,{written},5,\n").Errors.Should().ContainSingle().Subject;

        (error.Line, error.Column, error.Value).Should().Be((2, "period", written));
        error.MessageVi.Should().Be($"'{written}' không phải cách ghi tháng được nhận: ghi {yyyyMm} hoặc {mmYyyy} (YYYY-MM hoặc MM/YYYY).");
        error.MessageEn.Should().Be($"'{written}' is not a way of writing a month that is read: write {yyyyMm} or {mmYyyy} (YYYY-MM or MM/YYYY).");
        error.MessageVi.IsNormalized(System.Text.NormalizationForm.FormC).Should().BeTrue();
    }

    [Theory]
    [InlineData("1800-01")]
    [InlineData("3000-01")]
    [InlineData("01/1800")]
    public void A_month_of_an_accepted_form_with_its_year_out_of_range_still_says_the_range(string written)
    {
        var error = CsvTestFiles.Read(ImportKind.Measurements, M + $"CD,U,CT,{written},5,\n").Errors.Should().ContainSingle().Subject;

        error.MessageEn.Should().Be($"The month '{written}' is outside the accepted range (years 1900 to 2999).");
    }

    [Theory]
    [InlineData("13-2026")]
    [InlineData("01-1800")]
    [InlineData("2026/13")]
    public void Neither_a_month_nor_a_year_out_of_range_gets_the_forms_that_are_read(string written)
    {
        var error = CsvTestFiles.Read(ImportKind.Measurements, M + $"CD,U,CT,{written},5,\n").Errors.Should().ContainSingle().Subject;

        error.MessageEn.Should().Be($"'{written}' is not a valid month: use YYYY-MM or MM/YYYY, e.g. 2025-03 or 03/2025.");
    }

    [Fact]
    public void A_date_column_does_not_call_a_month_of_an_accepted_year_out_of_range()
    {
        const string campaigns = "code,name,kind,start,end\n";
        var error = CsvTestFiles.Read(ImportKind.Campaigns, campaigns + "CD,Phong trào,annual,01-2026,2026-12-31\n").Errors.Should().ContainSingle().Subject;

        error.MessageEn.Should().NotContain("range").And.Contain("is not a valid date");
    }
}
