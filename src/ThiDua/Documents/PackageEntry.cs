using System.IO.Compression;

namespace ThiDua.Documents;

/// <summary>
/// A part of an Office Open XML package (Word, Excel) as a zip entry with a fixed time stamp. ZipArchive stamps each
/// entry with the machine's local clock: the same data gave a workbook or a dossier that differed by the minute it was
/// made and by the machine's TZ, though the docs promise the same file.
/// </summary>
internal static class PackageEntry
{
    // 1980-01-01 00:00, the first time a zip entry can hold; written as it reads, whatever the machine's zone.
    private static readonly DateTimeOffset Stamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static Stream Create(ZipArchive zip, string path, CompressionLevel level)
    {
        ArgumentNullException.ThrowIfNull(zip);
        var entry = zip.CreateEntry(path, level);
        entry.LastWriteTime = Stamp;
        return entry.Open();
    }
}
