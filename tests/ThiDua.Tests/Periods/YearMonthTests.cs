using ThiDua.Periods;

namespace ThiDua.Tests.Periods;

public class YearMonthTests
{
    [Theory]
    [InlineData("2022-03", 2022, 3)]
    [InlineData("03/2022", 2022, 3)]
    [InlineData("3/2022", 2022, 3)]
    public void Both_month_forms_parse(string text, int year, int month) =>
        YearMonth.Parse(text).Should().Be(new YearMonth(year, month));

    [Theory]
    [InlineData("2022-13")]
    [InlineData("13/2022")]
    [InlineData("2022/03")]
    [InlineData("")]
    public void Impossible_months_are_refused(string text) =>
        YearMonth.TryParse(text, out _).Should().BeFalse();

    [Fact]
    public void Months_since_counts_both_ends() =>
        new YearMonth(2022, 12).MonthsSince(new YearMonth(2022, 1)).Should().Be(12);
}
