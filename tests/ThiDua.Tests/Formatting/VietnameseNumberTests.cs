using System.Globalization;
using ThiDua.Formatting;

namespace ThiDua.Tests.Formatting;

public class VietnameseNumberTests
{
    [Theory]
    [InlineData("1110000", 2, "1.110.000")]
    [InlineData("90.6", 2, "90,6")]
    [InlineData("97.25", 2, "97,25")]
    [InlineData("97.250", 2, "97,25")]
    [InlineData("97.255", 2, "97,26")]
    [InlineData("0.5", 0, "1")]
    [InlineData("-0.5", 0, "-1")]
    [InlineData("-1234567.891", 1, "-1.234.567,9")]
    [InlineData("999.999", 2, "1.000")]
    [InlineData("0", 2, "0")]
    [InlineData("-0.004", 2, "0")]
    [InlineData("123", 2, "123")]
    [InlineData("1234", 2, "1.234")]
    public void Formats_with_dot_thousands_and_comma_decimals(string value, int maxDecimals, string expected) =>
        VietnameseNumber.Format(Parse(value), maxDecimals).Should().Be(expected);

    [Theory]
    [InlineData("0.9734", 1, "97,3%")]
    [InlineData("0.96", 1, "96%")]
    [InlineData("1.0714", 2, "107,14%")]
    [InlineData("12", 0, "1.200%")]
    [InlineData("0.00049", 1, "0%")]
    public void Formats_ratios_as_percent(string ratio, int maxDecimals, string expected) =>
        VietnameseNumber.FormatPercent(Parse(ratio), maxDecimals).Should().Be(expected);

    [Theory]
    [InlineData("98,2", "%", "98,2%")]
    [InlineData("100", " % ", "100%")]
    [InlineData("279", "vụ", "279 vụ")]
    [InlineData("1.110.000", "thuê bao", "1.110.000 thuê bao")]
    [InlineData("5", null, "5")]
    [InlineData("5", "", "5")]
    public void A_figure_takes_its_unit_with_a_space_but_the_percent_sign_without(string figure, string? unit, string expected) =>
        VietnameseNumber.WithUnit(figure, unit).Should().Be(expected);

    [Theory]
    [InlineData("97.2", 2, "97,20")]
    [InlineData("1110000", 1, "1.110.000,0")]
    [InlineData("5", 0, "5")]
    public void Fixed_format_keeps_trailing_zeros(string value, int decimals, string expected) =>
        VietnameseNumber.FormatFixed(Parse(value), decimals).Should().Be(expected);

    [Fact]
    public void Output_does_not_depend_on_the_current_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("en-US");
            var english = VietnameseNumber.Format(1234567.5m, 1);
            CultureInfo.CurrentCulture = new CultureInfo("de-CH");
            var swiss = VietnameseNumber.Format(1234567.5m, 1);
            english.Should().Be("1.234.567,5").And.Be(swiss);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Rejects_impossible_decimal_counts()
    {
        var act = () => VietnameseNumber.Format(1m, 29);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void All_28_decimals_are_available() =>
        VietnameseNumber.Format(0.1234567890123456789012345678m, 28).Should().Be("0,1234567890123456789012345678");

    private static decimal Parse(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);
}
