using ThiDua.Import.Parsing;

namespace ThiDua.Tests.Import.Parsing;

public class NumberParsingTests
{
    [Theory]
    [InlineData("1.110.000", 1110000)]
    [InlineData("1.110", 1110)]
    [InlineData("1,110", 1.11)]
    [InlineData("90,6", 90.6)]
    [InlineData("96%", 96)]
    [InlineData("96 %", 96)]
    [InlineData(" 7,5 ", 7.5)]
    [InlineData("\u00A01.110.000\u00A0", 1110000)]
    [InlineData("1 110 000", 1110000)]
    [InlineData("1\u00A0110,25", 1110.25)]
    [InlineData("-2,5", -2.5)]
    [InlineData("1.110,5", 1110.5)]
    [InlineData("0", 0)]
    [InlineData("123456", 123456)]
    public void Vi_numbers_use_dot_for_thousands_and_comma_for_decimals(string text, double expected)
    {
        LocalizedNumberParser.TryParse(text, NumberCulture.Vi, out var value, out var error).Should().BeTrue(error?.En);
        value.Should().Be((decimal)expected);
    }

    [Theory]
    [InlineData("1,110,000", 1110000)]
    [InlineData("1,110", 1110)]
    [InlineData("1.110", 1.11)]
    [InlineData("90.6", 90.6)]
    [InlineData("96%", 96)]
    [InlineData("1,110.5", 1110.5)]
    [InlineData("-0.25", -0.25)]
    public void En_numbers_use_comma_for_thousands_and_dot_for_decimals(string text, double expected)
    {
        LocalizedNumberParser.TryParse(text, NumberCulture.En, out var value, out var error).Should().BeTrue(error?.En);
        value.Should().Be((decimal)expected);
    }

    [Fact]
    public void The_ambiguous_1_110_is_read_per_the_file_culture_in_a_real_file()
    {
        CsvTestFiles.TargetWithValue("1.110", NumberCulture.Vi).Single().Target.Should().Be(1110m);
        CsvTestFiles.TargetWithValue("1.110", NumberCulture.En).Single().Target.Should().Be(1.11m);
        CsvTestFiles.TargetWithValue("1,110", NumberCulture.Vi).Single().Target.Should().Be(1.11m);
        CsvTestFiles.TargetWithValue("1,110", NumberCulture.En).Single().Target.Should().Be(1110m);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("12.34")]
    [InlineData("1.110.00")]
    [InlineData("1.1100")]
    public void In_vi_a_dot_group_not_of_three_digits_explains_the_decimal_separator(string text)
    {
        LocalizedNumberParser.TryParse(text, NumberCulture.Vi, out _, out var error).Should().BeFalse();
        error!.En.Should().Contain("in vi culture the decimal separator is ','");
        error.Vi.Should().Contain("dấu thập phân là ','");
    }

    [Theory]
    [InlineData("1,5")]
    [InlineData("12,34.5")]
    public void In_en_a_comma_group_not_of_three_digits_explains_the_decimal_separator(string text)
    {
        LocalizedNumberParser.TryParse(text, NumberCulture.En, out _, out var error).Should().BeFalse();
        error!.En.Should().Contain("in en culture the decimal separator is '.'");
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1e5")]
    [InlineData("#N/A")]
    [InlineData("#DIV/0!")]
    [InlineData("5 đ")]
    [InlineData("-")]
    [InlineData("%")]
    [InlineData("1,2,3")]
    [InlineData("90,")]
    [InlineData("--5")]
    public void Text_that_is_not_a_vi_number_names_the_expected_form(string text)
    {
        LocalizedNumberParser.TryParse(text, NumberCulture.Vi, out _, out var error).Should().BeFalse();
        error!.En.Should().Contain("vi");
        error.En.Should().Contain("1.110.000");
    }

    [Fact]
    public void A_number_beyond_ten_to_the_fifteenth_is_rejected_as_absurd()
    {
        LocalizedNumberParser.TryParse("2.000.000.000.000.000", NumberCulture.Vi, out _, out var error).Should().BeFalse();
        error!.En.Should().Contain("too large");
        LocalizedNumberParser.TryParse("99999999999999999999999999999999999999999", NumberCulture.En, out _, out _).Should().BeFalse();
    }

    [Fact]
    public void A_megabyte_of_digits_is_echoed_cut_short_in_both_messages()
    {
        var digits = new string('7', 1 << 20);

        LocalizedNumberParser.TryParse(digits, NumberCulture.Vi, out _, out var error).Should().BeFalse();

        error!.Vi.Length.Should().BeLessThan(400);
        error.En.Length.Should().BeLessThan(400);
        error.En.Should().Contain($"'{new string('7', CellEcho.MaxLength)}…'");
    }

    [Theory]
    [InlineData("abc", NumberCulture.Vi, "theo cách viết số Việt Nam (1.234,5)", "in the vi format")]
    [InlineData("abc", NumberCulture.En, "theo cách viết số tiếng Anh (1,234.5)", "in the en format")]
    [InlineData("1.11", NumberCulture.Vi, "với cách viết số Việt Nam (1.234,5)", "in vi culture")]
    [InlineData("1,11", NumberCulture.En, "với cách viết số tiếng Anh (1,234.5)", "in en culture")]
    public void A_bad_number_is_explained_in_the_words_a_clerk_uses_and_keeps_its_english_half(string text, NumberCulture culture, string vi, string en)
    {
        LocalizedNumberParser.TryParse(text, culture, out _, out var error).Should().BeFalse();

        error!.Vi.Should().Contain(vi).And.NotContain("định dạng");
        error.En.Should().Contain(en);
    }
}
