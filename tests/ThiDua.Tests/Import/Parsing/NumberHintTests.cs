using ThiDua.Import.Parsing;

namespace ThiDua.Tests.Import.Parsing;

/// <summary>
/// A cell that is not a number says what it most likely holds and the one thing to change, after the usual "not a
/// number in the vi format" (kept, so every earlier message still reads the same way); the minus sign U+2212 and the
/// thin and figure spaces as thousands separators are read.
/// </summary>
public sealed class NumberHintTests
{
    private const string Header = "campaign;unit;indicator;period;value;note\n";

    [Theory]
    [InlineData("-", "Excel (định dạng kế toán) hiển thị số 0 thành '-'", "shows 0 as '-'")]
    [InlineData("'12,5", "Bỏ dấu nháy đơn ở đầu ô", "write 12,5.")]
    [InlineData("–5", "không phải dấu trừ: ghi -5.", "not a minus sign: write -5.")]
    [InlineData("１２", "chữ số toàn chiều rộng", "full-width digits")]
    [InlineData("1,234.5", "Số này viết kiểu tiếng Anh (1,234.5): nếu cả tệp viết số như vậy, chọn --culture en", "use --culture en")]
    public void A_cell_of_a_real_file_that_is_not_a_number_says_where_and_how_to_fix_it(string cell, string vi, string en)
    {
        var error = CsvTestFiles.Read(ImportKind.Measurements, Header + $"CD2025;D01;AL;2025-02;{cell};\n").SingleError();

        (error.Line, error.Column, error.Value).Should().Be((2, "value", cell));
        error.MessageVi.Should().Contain("không phải số hợp lệ theo cách viết số Việt Nam").And.Contain(vi);
        error.MessageEn.Should().Contain("is not a number in the vi format").And.Contain(en);
    }

    [Fact]
    public void A_vietnamese_number_in_an_english_file_names_the_vi_culture()
    {
        LocalizedNumberParser.TryParse("1.234,5", NumberCulture.En, out _, out var error, CultureChoice.WebForm).Should().BeFalse();

        error!.En.Should().Contain("written the Vietnamese way (1.234,5)").And.Contain("check the file again");
    }

    [Fact]
    public void Plain_nonsense_gets_no_hint()
    {
        LocalizedNumberParser.TryParse("abc", NumberCulture.Vi, out _, out var error).Should().BeFalse();

        error!.Vi.Should().NotContain("Excel").And.NotContain("tiếng Anh (1,234.5):");
    }

    [Theory]
    [InlineData("\u22125", -5)]
    [InlineData("\u22121.234,5", -1234.5)]
    [InlineData("1\u2009234,5", 1234.5)]
    [InlineData("1\u2007234", 1234)]
    public void The_minus_sign_and_the_thin_and_figure_spaces_copied_from_word_or_a_pdf_are_read(string cell, decimal value)
    {
        LocalizedNumberParser.TryParse(cell, NumberCulture.Vi, out var read, out var error).Should().BeTrue(error?.En);

        read.Should().Be(value);
    }
}
