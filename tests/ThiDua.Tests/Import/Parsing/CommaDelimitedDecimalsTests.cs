using System.Text;
using ThiDua.Import.Parsing;

namespace ThiDua.Tests.Import.Parsing;

/// <summary>
/// A comma-delimited file whose numbers have decimal commas (vi): "90,6" is read as two cells, and the row's field
/// count error says so and how to fix it — ';' as the delimiter, the numbers in double quotes, or English numbers with
/// the culture set to en — only when the row shows that pattern.
/// </summary>
public sealed class CommaDelimitedDecimalsTests : IDisposable
{
    private const string Header = "campaign,unit,indicator,period,value\n";
    private readonly string dir = Directory.CreateTempSubdirectory("thidua-split-decimal-").FullName;

    private IReadOnlyList<ImportError> Errors(string csv, NumberCulture culture = NumberCulture.Vi)
    {
        var path = Path.Combine(dir, "measurements.csv");
        File.WriteAllText(path, csv, new UTF8Encoding(false));
        using var file = CsvImportReader.ReadFile(path, ImportKind.Measurements, culture);
        _ = file.ToList();
        return file.Errors;
    }

    [Fact]
    public void A_decimal_comma_splitting_a_number_in_a_comma_delimited_file_is_named_with_the_fix_in_both_languages()
    {
        var errors = Errors(Header + "BK2022,BK-TTBCXB,BK22-02,2022-07,90,6\nBK2022,BK-TTBCXB,BK22-02,2022-08,1.250,75\n");

        errors.Should().HaveCount(2);
        var error = errors[0];
        error.Line.Should().Be(2);
        error.MessageVi.Should().StartWith("Dòng có 6 trường nhưng dòng tiêu đề có 5 cột.")
            .And.Contain("Có vẻ số thập phân bị tách làm hai cột: tệp dùng dấu phẩy (,) để phân cách cột nên '90,6' được đọc thành hai ô '90' và '6'.")
            .And.EndWith("Cách sửa: lưu tệp với dấu chấm phẩy (;) làm dấu phân cách, hoặc đặt các số trong dấu nháy kép (\"90,6\"), hoặc ghi số kiểu tiếng Anh (90.6) và chọn --culture en.");
        error.MessageEn.Should().StartWith("The row has 6 fields but the header has 5 columns.")
            .And.Contain("A decimal number seems split in two: the file separates its columns with commas (,), so '90,6' was read as two cells, '90' and '6'.")
            .And.EndWith("To fix it, save the file with ';' as the delimiter, or put the numbers in double quotes (\"90,6\"), or write them the English way (90.6) and use --culture en.");
        errors[1].MessageVi.Should().Contain("'1.250,75' được đọc thành hai ô '1.250' và '75'").And.Contain("(1250.75)");
    }

    [Fact]
    public void The_fixes_the_hint_names_read_the_file()
    {
        Errors(Header + "BK2022,BK-TTBCXB,BK22-02,2022-07,\"90,6\"\n").Should().BeEmpty("quoted, the decimal comma stays in its cell");
        Errors(Header.Replace(',', ';') + "BK2022;BK-TTBCXB;BK22-02;2022-07;90,6\n").Should().BeEmpty("with ';' the comma is the decimal one");
        Errors(Header + "BK2022,BK-TTBCXB,BK22-02,2022-07,90.6\n", NumberCulture.En).Should().BeEmpty("English numbers with --culture en");
    }

    [Fact]
    public void Another_extra_cell_gets_no_decimal_hint()
    {
        var hint = "số thập phân bị tách";
        Errors(Header + "BK2022,BK-TTBCXB,BK22-02,2022-07,90,ghi chú\n").Single().MessageVi.Should().NotContain(hint, "'ghi chú' is no decimals");
        Errors(Header + "BK2022,BK-TTBCXB,BK22-02,2022-07,90,6,7\n").Single().MessageVi.Should().NotContain(hint, "two extra cells, one split number at most");
        Errors(Header + "BK2022,BK-TTBCXB,BK22-02,2022-07,90,6\n", NumberCulture.En).Single().MessageEn.Should().NotContain("split in two", "in en a comma is no decimal separator");
        Errors(Header.Replace(',', ';') + "BK2022;BK-TTBCXB;BK22-02;2022-07;90;6\n").Single().MessageVi.Should().NotContain(hint, "the file is not comma-delimited");
    }

    [Fact]
    public void On_the_web_page_the_hint_names_the_forms_number_choice()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Header + "BK2022,BK-TTBCXB,BK22-02,2022-07,90,6\n"));
        using var file = CsvImportReader.Read(stream, "measurements.csv", ImportKind.Measurements, choice: CultureChoice.WebForm);
        _ = file.ToList();

        var error = file.Errors.Single();
        error.MessageVi.Should().EndWith("hoặc ghi số kiểu tiếng Anh (90.6) và ở ô 'Cách viết số' chọn 'Tiếng Anh: 1,110,000 và 90.6' rồi kiểm tra lại tệp.");
        (error.MessageVi + error.MessageEn).Should().NotContain("--culture");
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
