namespace ThiDua.Import.Xlsx;

/// <summary>
/// What a workbook may unpack to before it is refused as a zip bomb: real campaign files are a few MB, and a 500,000-row
/// measurements sheet unpacks to about 60 MB. Every part is read through <see cref="BoundedStream"/>, so a part that
/// lies about its size in the zip directory is stopped too.
/// </summary>
internal static class XlsxLimits
{
    public const long MaxPartBytes = 256L * 1024 * 1024;
    public const long MaxTotalBytes = 512L * 1024 * 1024;
    public const int MaxParts = 2_000;
    /// <summary>
    /// Sheet XML compresses 10–50× (runs of empty rows far more); a part above this ratio and <see cref="RatioFromBytes"/>
    /// is a bomb, not a sheet.
    /// </summary>
    public const long MaxRatio = 500;
    public const long RatioFromBytes = 16L * 1024 * 1024;
    /// <summary>An upload that is not seekable is buffered in memory up to this size.</summary>
    public const long MaxBufferedBytes = 128L * 1024 * 1024;
    public const int MaxSharedStrings = 4_000_000;
    /// <summary>Excel's own last column (XFD).</summary>
    public const int MaxColumns = 16_384;
}
