using ThiDua.Import.Parsing;

namespace ThiDua.Tests.Import.Parsing;

/// <summary>
/// Names in a valid UTF-8 file that are garbled Vietnamese replaced the stored names (input audit, round 2): a UTF-8 file
/// opened as Windows-1252 and saved again, text typed with a legacy font (TCVN3, VNI), a Windows-1258 file misread.
/// </summary>
public class GarbledTextTests
{
    [Theory]
    [InlineData("Sá»Ÿ ThÃ´ng tin vÃ\u00a0 Truyá»\u0081n thÃ´ng", "Sở Thông tin và Truyền thông")] // Windows-1252 (C1 kept)
    [InlineData("VÄƒn phÃ²ng Sá»Ÿ", "Văn phòng Sở")]
    [InlineData("Ban GiÃ¡m Ä\u0091á»\u0091c", "Ban Giám đốc")] // Latin-1: the C1 controls a control-character check would name
    public void A_utf8_name_opened_as_windows_1252_and_saved_again_is_refused_saying_what_it_reads(string garbled, string meant)
    {
        var error = CsvTestFiles.Read<UnitRow>($"code;name;kind\nSO_TTTT;{garbled};tập thể\n").SingleError();
        (error.Line, error.Column).Should().Be((2, "name"));
        error.MessageVi.Should().Contain($"có lẽ là '{meant}'").And.Contain("65001: Unicode (UTF-8)");
        error.MessageEn.Should().Contain($"it probably reads '{meant}'").And.Contain("65001: Unicode (UTF-8)");
    }

    [Theory]
    [InlineData("Phßng Tµi chÝnh")] // TCVN3 (.VnTime) "Phòng Tài chính"
    [InlineData("Sôû Taøi chính")] // VNI (VNI-Times) "Sở Tài chính"
    [InlineData("Ban Giaùm ñoác")] // VNI "Ban Giám đốc"
    [InlineData("Noâng Vaên Duõng")] // VNI "Nông Văn Dũng": only letters Vietnamese has, the circumflex after its vowel
    [InlineData("Nguyeâõn Minh Triù")] // VNI "Nguyễn Minh Trí"
    [InlineData("SõÒ Tài chiình")] // Windows-1258 read as Latin-1 (tones written after their letter)
    public void A_name_in_a_legacy_vietnamese_encoding_is_refused_naming_the_converter(string garbled)
    {
        var error = CsvTestFiles.Read<UnitRow>($"code;name;kind\nSO_TC;{garbled};tập thể\n").SingleError();
        (error.Line, error.Column, error.Value).Should().Be((2, "name", garbled));
        error.MessageVi.Should().Contain("phông cũ").And.Contain("Unikey");
        error.MessageEn.Should().Contain("legacy font").And.Contain("Unikey");
    }

    [Theory]
    [InlineData("Sở Thông tin và Truyền thông")]
    [InlineData("Hà Giang Café")]
    [InlineData("NGÃ BA ĐỒNG LỘC")]
    [InlineData("Nồng độ bụi PM2,5 (µg/m³) ≤ 50")]
    [InlineData("Chỉ tiêu ½ năm: 25 °C ± 2")]
    [InlineData("Ô Chợ Dừa – «mẫu»")]
    [InlineData("Công ty Müller Việt Nam")]
    [InlineData("Lý Thị Ánh Tuyết")]
    [InlineData("Xuân Hòa, Quân Yên")]
    public void Real_vietnamese_names_with_latin_1_letters_and_signs_pass(string name)
    {
        CsvTestFiles.Read<UnitRow>($"code;name;kind\nSO_TC;{name};tập thể\n").Single().Name.Should().Be(name);
    }
}
