namespace ThiDua.Import.Xlsx;

/// <summary>The sheets of an uploaded workbook, so a page can offer them; read with the same defences as an import.</summary>
public static class XlsxSheetList
{
    /// <summary>
    /// The sheet names of <paramref name="stream"/> (left open, position restored), or empty when it is not a workbook
    /// or cannot be read — the import itself then says why.
    /// </summary>
    public static IReadOnlyList<string> Of(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanSeek || !XlsxFileType.IsWorkbook(stream, fileName)) return [];
        var start = stream.Position;
        try
        {
            return XlsxPackage.SheetNames(stream, fileName);
        }
        catch (XlsxRejectedException)
        {
            return [];
        }
        finally
        {
            stream.Position = start;
        }
    }
}
