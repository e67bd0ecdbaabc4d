namespace ThiDua.Import.Parsing;

/// <summary>
/// Thrown by <see cref="StrictTextStream"/> when the bytes are not UTF-8/UTF-16 text. An <see cref="IOException"/>
/// so that it passes through CsvHelper's reads unchanged; <see cref="CsvImportFile{TRow}"/> turns it into an error.
/// </summary>
internal sealed class InvalidTextEncodingException(int line, string reasonVi, string reasonEn)
    : IOException($"Line {line}: {reasonEn}")
{
    public int Line { get; } = line;
    public string ReasonVi { get; } = reasonVi;
    public string ReasonEn { get; } = reasonEn;
}
