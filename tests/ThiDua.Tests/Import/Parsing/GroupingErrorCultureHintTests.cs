using ThiDua.Import.Parsing;

namespace ThiDua.Tests.Import.Parsing;

/// <summary>
/// A number grouped the other culture's way ("90.6" in a vi file) says how to read the file the other way, where its
/// reader chooses that: the CLI's --culture, the web page's "Cách viết số", the API's culture field.
/// </summary>
public class GroupingErrorCultureHintTests
{
    [Fact]
    public void The_cli_is_told_its_option()
    {
        var error = Error("90.6", NumberCulture.Vi, CultureChoice.CliOption);

        error.Vi.Should().EndWith("Nếu tệp dùng số kiểu tiếng Anh, chọn --culture en.");
        error.En.Should().EndWith("If the file uses English numbers, use --culture en.");
        Error("1,5", NumberCulture.En, CultureChoice.CliOption).En.Should().EndWith("use --culture vi.");
    }

    [Fact]
    public void The_web_page_is_told_its_form_in_the_forms_own_words_and_no_cli_option()
    {
        var error = Error("90.6", NumberCulture.Vi, CultureChoice.WebForm);

        error.Vi.Should().EndWith("Nếu tệp dùng số kiểu tiếng Anh, ở ô 'Cách viết số' chọn 'Tiếng Anh: 1,110,000 và 90.6' rồi kiểm tra lại tệp.");
        error.En.Should().EndWith("If the file uses English numbers, choose 'Tiếng Anh: 1,110,000 và 90.6' under 'Cách viết số' (how numbers are written) and check the file again.");
        Error("1,5", NumberCulture.En, CultureChoice.WebForm).Vi.Should().Contain("chọn 'Việt Nam: 1.110.000 và 90,6'");
        (error.Vi + error.En).Should().NotContain("--culture");
    }

    [Fact]
    public void The_api_is_told_its_field()
    {
        var error = Error("90.6", NumberCulture.Vi, CultureChoice.ApiField);

        error.Vi.Should().EndWith("gửi kèm trường culture=en.");
        error.En.Should().EndWith("send the field culture=en.");
        (error.Vi + error.En).Should().NotContain("--culture");
    }

    [Fact]
    public void An_ambiguous_number_in_a_file_is_called_ambiguous_in_both_languages_with_why_where_and_how_to_fix()
    {
        var error = CsvTestFiles.TargetWithValue("90.6", NumberCulture.Vi).SingleError();

        (error.Line, error.Column, error.Value).Should().Be((2, "target", "90.6"), "where: the line, the column and the cell");
        error.MessageVi.Should().StartWith("'90.6' không rõ nghĩa (mơ hồ): với cách viết số Việt Nam (1.234,5), dấu thập phân là ','")
            .And.Contain("nên không biết '90.6' là số thập phân viết kiểu tiếng Anh hay nhóm hàng nghìn bị thiếu chữ số")
            .And.EndWith("Nếu tệp dùng số kiểu tiếng Anh, chọn --culture en.").And.NotContain("không hợp lệ");
        error.MessageEn.Should().StartWith("'90.6' is ambiguous: in vi culture the decimal separator is ','")
            .And.Contain("so '90.6' may be a decimal written the English way or a thousands group missing digits")
            .And.EndWith("If the file uses English numbers, use --culture en.");
        error.MessageVi.IsNormalized(System.Text.NormalizationForm.FormC).Should().BeTrue();
        var en = CsvTestFiles.TargetWithValue("1,5", NumberCulture.En).SingleError();
        en.MessageVi.Should().StartWith("'1,5' không rõ nghĩa (mơ hồ): với cách viết số tiếng Anh").And.EndWith("chọn --culture vi.");
        en.MessageEn.Should().StartWith("'1,5' is ambiguous:");
    }

    private static BilingualMessage Error(string text, NumberCulture culture, CultureChoice choice)
    {
        LocalizedNumberParser.TryParse(text, culture, out _, out var error, choice).Should().BeFalse();
        return error!;
    }
}
