namespace ThiDua.Import.Xlsx;

/// <summary>
/// Whether an import file is an Excel workbook: named .xlsx/.xlsm/.xls (so a damaged or renamed one gets the workbook's
/// error, not a text-encoding one), or starting with a zip's or an old Excel file's signature whatever its name.
/// </summary>
internal static class XlsxFileType
{
    private static readonly string[] Extensions = [".xlsx", ".xlsm", ".xltx", ".xltm", ".xls"];

    public static bool IsWorkbook(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (Extensions.Any(e => (fileName ?? "").EndsWith(e, StringComparison.OrdinalIgnoreCase))) return true;
        if (!stream.CanSeek) return false;
        var start = stream.Position;
        Span<byte> head = stackalloc byte[4];
        var read = stream.ReadAtLeast(head, 4, throwOnEndOfStream: false);
        stream.Position = start;
        return read == 4 && (head.SequenceEqual("PK\u0003\u0004"u8) || head.SequenceEqual((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]));
    }
}
