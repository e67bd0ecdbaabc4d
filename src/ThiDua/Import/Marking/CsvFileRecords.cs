using CsvHelper;
using ThiDua.Import.Parsing;

namespace ThiDua.Import.Marking;

/// <summary>
/// A CSV file's records as text, the header row first, each at the line the import names in its errors
/// (<see cref="CsvReader.LineNumber"/>, the line a record starts on). Read as the import reads it (the same strict
/// text check, separator detection and "sep=" line), stopping where the import stopped: bad text or a record too long.
/// </summary>
internal static class CsvFileRecords
{
    public static IEnumerable<FileRecord> Read(Stream stream)
    {
        StrictTextStream text;
        try
        {
            text = StrictTextStream.Open(new EndOfFileMarkerStream(stream, leaveOpen: true), leaveOpen: false);
        }
        catch (InvalidTextEncodingException)
        {
            yield break; // not text: the import said so for the whole file, there is no row to mark
        }
        var options = CsvReaderOptions.Default with
        {
            HasHeader = false,
            TrackLineNumbers = true,
            DetectSeparatorHint = true,
            MaxRecordSize = CsvRecordScanner.MaxRecordBytes,
        };
        using var reader = CsvReader.Create(text, options, leaveOpen: false);
        while (TryRead(reader))
        {
            var cells = new MarkedValue[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++) cells[i] = MarkedValue.Text(reader.GetString(i));
            yield return new FileRecord((int)reader.LineNumber, cells);
        }
    }

    private static bool TryRead(CsvReader reader)
    {
        try
        {
            return reader.Read();
        }
        catch (Exception e) when (e is CsvFormatException or InvalidTextEncodingException)
        {
            return false;
        }
    }
}
