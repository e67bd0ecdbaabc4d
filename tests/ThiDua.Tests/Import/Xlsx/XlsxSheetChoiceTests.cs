using System.Text;
using ThiDua.Import.Parsing;
using static ThiDua.Tests.Import.Xlsx.CraftedWorkbook;

namespace ThiDua.Tests.Import.Xlsx;

/// <summary>
/// Which sheet is read (input audit, round 2): a decomposed name was "no sheet 'Số liệu'" with that very sheet listed, a
/// hidden look-up sheet first was read instead of the one the analyst sees, an empty first sheet named no other.
/// </summary>
public sealed class XlsxSheetChoiceTests
{
    private const string Units = "code;name;kind";

    [Fact]
    public void A_sheet_named_decomposed_finds_the_sheet_it_looks_like()
    {
        var workbook = BuildSheets(("Khác", TextRow(1, "x"), false), ("Số liệu", TextRow(1, Units.Split(';')) + TextRow(2, "U1", "Phòng A", "collective"), false));
        using var file = CsvImportReader.Read(new MemoryStream(workbook), "don-vi.xlsx", ImportKind.Units, NumberCulture.Vi, sheet: "Số liệu".Normalize(NormalizationForm.FormD));
        file.ToList().Should().ContainSingle();
        file.Errors.Should().BeEmpty();
    }

    [Fact]
    public void Without_a_sheet_named_the_first_visible_sheet_is_read_not_a_hidden_one_before_it()
    {
        var workbook = BuildSheets(("DanhMuc", TextRow(1, "Mã", "Tên"), true), ("Đơn vị", TextRow(1, Units.Split(';')) + TextRow(2, "U1", "Phòng A", "collective"), false));
        using var file = CsvImportReader.Read(new MemoryStream(workbook), "don-vi.xlsx", ImportKind.Units, NumberCulture.Vi);
        file.ToList().Should().ContainSingle();
        file.Errors.Should().BeEmpty();
    }

    [Fact]
    public void An_empty_first_sheet_names_the_others_and_how_to_choose_one()
    {
        var workbook = BuildSheets(("Trống", "", false), ("Đơn vị", TextRow(1, Units.Split(';')) + TextRow(2, "U1", "Phòng A", "collective"), false));
        using var file = CsvImportReader.Read(new MemoryStream(workbook), "don-vi.xlsx", ImportKind.Units, NumberCulture.Vi);
        file.ToList().Should().BeEmpty();
        var error = file.Errors.Should().ContainSingle().Subject;
        error.MessageVi.Should().Contain("trống").And.Contain("--sheet \"Đơn vị\"");
        error.MessageEn.Should().Contain("is empty").And.Contain("--sheet \"Đơn vị\"");
    }
}
