using System.Text;
using ThiDua.Import.Parsing;

namespace ThiDua.Import.Xlsx;

/// <summary>
/// Spreadsheets that are not .xlsx, told apart so the refusal says what the file is and how to get an .xlsx from it:
/// "damaged" sent the analyst with a password-protected workbook back to Excel to save it again, still encrypted.
/// Excel 97–2003 (.xls) and an encrypted .xlsx are both OLE compound files; the encrypted one holds an
/// "EncryptedPackage" stream (its name, UTF-16, in the file's directory). An OpenDocument sheet is a zip whose first
/// entry, stored uncompressed, is its media type.
/// </summary>
internal static class XlsxForeignFile
{
    private const int MaxScannedBytes = 16 * 1024 * 1024;
    private static readonly byte[] CompoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] EncryptedPackage = Encoding.Unicode.GetBytes("EncryptedPackage");
    private static readonly byte[] OpenDocumentSheet = "application/vnd.oasis.opendocument.spreadsheet"u8.ToArray();

    /// <summary>Why <paramref name="seekable"/> is not a workbook that can be read, when it is one of these; else null. Keeps its position.</summary>
    public static XlsxRejectedException? Reason(Stream seekable, string fileName)
    {
        var start = seekable.Position;
        try
        {
            Span<byte> head = stackalloc byte[128];
            head = head[..seekable.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)];
            if (head.StartsWith(CompoundFile))
                return HoldsEncryptedPackage(seekable, start) ? Encrypted(fileName) : OldExcel(fileName);
            return head.IndexOf(OpenDocumentSheet) >= 0 ? OpenDocument(fileName) : null;
        }
        finally
        {
            seekable.Position = start;
        }
    }

    // Only a compound file is scanned (the first 16 MB, enough for the directory of any workbook a person encrypts).
    private static bool HoldsEncryptedPackage(Stream seekable, long start)
    {
        seekable.Position = start;
        var bytes = new byte[(int)Math.Min(MaxScannedBytes, Math.Max(0, seekable.Length - start))];
        seekable.ReadExactly(bytes);
        return bytes.AsSpan().IndexOf(EncryptedPackage) >= 0;
    }

    private static XlsxRejectedException Encrypted(string f) => new(new BilingualMessage(
        $"Tệp '{f}' được đặt mật khẩu (mã hóa) nên ThiDua không mở được. Trong Excel: Tệp → Thông tin → Bảo vệ Sổ làm việc → Mã hóa bằng Mật khẩu, xóa mật khẩu, lưu lại rồi nhập lại.",
        $"The file '{f}' is password-protected (encrypted), so ThiDua cannot open it. In Excel: File → Info → Protect Workbook → Encrypt with Password, clear the password, save and import again."));

    private static XlsxRejectedException OldExcel(string f) => new(new BilingualMessage(
        $"Tệp '{f}' là bảng tính Excel 97–2003 (.xls), định dạng cũ ThiDua không đọc. Mở bằng Excel, chọn Lưu thành → \"Excel Workbook (*.xlsx)\" hoặc \"CSV UTF-8\" rồi nhập tệp mới.",
        $"The file '{f}' is an Excel 97–2003 workbook (.xls), an old format ThiDua does not read. Open it in Excel, Save As → \"Excel Workbook (*.xlsx)\" or \"CSV UTF-8\", and import the new file."));

    private static XlsxRejectedException OpenDocument(string f) => new(new BilingualMessage(
        $"Tệp '{f}' là bảng tính OpenDocument (.ods, của LibreOffice/OpenOffice); ThiDua đọc .xlsx hoặc CSV. Trong LibreOffice Calc: Tệp → Lưu thành → \"Excel 2007-365 (.xlsx)\" hoặc \"Văn bản CSV\" với bảng mã Unicode (UTF-8), rồi nhập tệp mới.",
        $"The file '{f}' is an OpenDocument spreadsheet (.ods, LibreOffice/OpenOffice); ThiDua reads .xlsx or CSV. In LibreOffice Calc: File → Save As → \"Excel 2007-365 (.xlsx)\" or \"Text CSV\" with Unicode (UTF-8), then import the new file."));
}
