using ThiDua.Import.Parsing;

namespace ThiDua.Tests.Import.Parsing;

/// <summary>
/// A header split by a character that is not read ('|') names it and the whole header line, and says what to do; it
/// said only that the delimiter "could not be detected" and showed the first column's name as the value.
/// </summary>
public class UnreadDelimiterTests
{
    [Fact]
    public void A_pipe_separated_file_is_told_its_separator_and_the_fix()
    {
        var error = CsvTestFiles.Read(ImportKind.Measurements, "campaign|unit|indicator|period|value\nCD|U|CT|2025-01|5\n")
            .Errors.Should().ContainSingle().Subject;

        (error.Line, error.Column, error.Value).Should().Be((1, null, "campaign|unit|indicator|period|value"));
        error.MessageVi.Should().Be("Dòng tiêu đề dùng '|' để phân cách các cột; chỉ nhận dấu phẩy (,), chấm phẩy (;) hoặc tab: "
            + "lưu lại tệp dạng CSV với dấu chấm phẩy, hoặc thay '|' bằng ';'.");
        error.MessageEn.Should().Be("The header line separates its columns with '|'; only a comma (,), a semicolon (;) or a tab is read: "
            + "save the file as CSV with semicolons, or replace '|' with ';'.");
        error.MessageVi.IsNormalized(System.Text.NormalizationForm.FormC).Should().BeTrue();
    }

    [Fact]
    public void A_header_of_one_column_still_says_the_delimiter_could_not_be_detected()
    {
        var error = CsvTestFiles.Read(ImportKind.Units, "code\nA\n").Errors.Should().ContainSingle().Subject;

        error.MessageEn.Should().StartWith("The delimiter could not be detected from the header line");
    }
}
