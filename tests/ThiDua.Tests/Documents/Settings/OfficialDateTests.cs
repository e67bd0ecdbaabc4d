using ThiDua.Documents.Settings;

namespace ThiDua.Tests.Documents.Settings;

/// <summary>
/// The place and date under the national motto, as Nghị định 30/2020/NĐ-CP (Phụ lục I) writes them: a zero before a day
/// below 10 and before months 1 and 2 only. The tờ trình dated 15/06/2021 read "ngày 15 tháng 06 năm 2021", which a
/// văn thư sends back; the seed plans themselves write "ngày 24 tháng 5 năm 2021".
/// </summary>
public class OfficialDateTests
{
    [Theory]
    [InlineData(2021, 6, 15, "Bắc Kạn, ngày 15 tháng 6 năm 2021")]
    [InlineData(2021, 5, 24, "Bắc Kạn, ngày 24 tháng 5 năm 2021")]
    [InlineData(2023, 1, 5, "Bắc Kạn, ngày 05 tháng 01 năm 2023")]
    [InlineData(2023, 2, 28, "Bắc Kạn, ngày 28 tháng 02 năm 2023")]
    [InlineData(2022, 3, 1, "Bắc Kạn, ngày 01 tháng 3 năm 2022")]
    [InlineData(2022, 12, 9, "Bắc Kạn, ngày 09 tháng 12 năm 2022")]
    public void A_document_is_dated_with_a_zero_only_before_a_day_below_10_and_months_1_and_2(int year, int month, int day, string expected) =>
        OfficialText.PlaceAndDate(new DossierSettings(Place: "Bắc Kạn", Date: new DateOnly(year, month, day))).Should().Be(expected);

    [Fact]
    public void Without_a_date_the_blanks_stay() =>
        OfficialText.PlaceAndDate(DossierSettings.Blank).Should().Be("…………, ngày …… tháng …… năm ……");
}
