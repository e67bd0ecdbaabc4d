using System.IO.Compression;
using System.Text;
using ThiDua.Import.Parsing;
using static ThiDua.Tests.Import.Xlsx.CraftedWorkbook;

namespace ThiDua.Tests.Import.Xlsx;

/// <summary>
/// Spreadsheets that are not .xlsx (input audit, round 2): each was "damaged", and a password-protected workbook saved
/// again in Excel, as that message said, stayed encrypted.
/// </summary>
public sealed class XlsxForeignFileTests
{
    private static readonly byte[] CompoundFileHeader = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static IReadOnlyList<ImportError> Errors(byte[] content, string fileName)
    {
        using var file = CsvImportReader.Read(new MemoryStream(content), fileName, ImportKind.Units, NumberCulture.Vi);
        file.ToList().Should().BeEmpty();
        return file.Errors;
    }

    private static byte[] CompoundFile(string? streamName) =>
        [.. CompoundFileHeader, .. new byte[1016], .. streamName is null ? [] : Encoding.Unicode.GetBytes(streamName), .. new byte[2048]];

    [Theory]
    [InlineData("don-vi.xlsx")]
    [InlineData("don-vi.xls")]
    public void A_password_protected_workbook_says_so_and_how_to_remove_the_password(string fileName)
    {
        var error = Errors(CompoundFile("EncryptedPackage"), fileName).Should().ContainSingle().Subject;
        error.MessageVi.Should().Contain("đặt mật khẩu").And.Contain("Mã hóa bằng Mật khẩu");
        error.MessageEn.Should().Contain("password-protected").And.Contain("Encrypt with Password").And.NotContain("damaged");
    }

    [Theory]
    [InlineData("don-vi.xls")]
    [InlineData("don-vi.csv")]
    public void An_excel_97_2003_workbook_is_named_as_such_with_how_to_save_it_as_xlsx(string fileName)
    {
        var error = Errors(CompoundFile("Workbook"), fileName).Should().ContainSingle().Subject;
        error.MessageVi.Should().Contain("Excel 97–2003 (.xls)").And.Contain("Excel Workbook (*.xlsx)");
        error.MessageEn.Should().Contain("Excel 97–2003 workbook (.xls)").And.NotContain("damaged");
    }

    [Theory]
    [InlineData("don-vi.ods")]
    [InlineData("don-vi.xlsx")]
    public void An_opendocument_spreadsheet_is_named_as_such_with_how_to_save_it_from_libreoffice(string fileName)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            // As LibreOffice writes it: "mimetype" first, stored uncompressed.
            using (var mimetype = zip.CreateEntry("mimetype", CompressionLevel.NoCompression).Open())
                mimetype.Write("application/vnd.oasis.opendocument.spreadsheet"u8);
            Add(zip, "content.xml", "<office:document-content/>");
        }
        var error = Errors(buffer.ToArray(), fileName).Should().ContainSingle().Subject;
        error.MessageVi.Should().Contain("OpenDocument (.ods").And.Contain("LibreOffice Calc");
        error.MessageEn.Should().Contain("OpenDocument spreadsheet").And.Contain("Excel 2007-365 (.xlsx)");
    }
}
