using System.Text;
using ThiDua.Import.Parsing;

namespace ThiDua.Tests.Import.Parsing;

/// <summary>Builds in-memory CSV inputs and reads them fully.</summary>
internal static class CsvTestFiles
{
    public static byte[] Utf8(string text, bool bom = false) =>
        bom ? [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text);

    public static byte[] Utf16(string text, bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];
    }

    public static ReadResult<TRow> Read<TRow>(string csv, NumberCulture culture = NumberCulture.Vi) where TRow : class, IImportRow =>
        Read<TRow>(Utf8(csv), culture);

    public static ReadResult<TRow> Read<TRow>(byte[] bytes, NumberCulture culture = NumberCulture.Vi) where TRow : class, IImportRow
    {
        using var file = CsvImportReader.Read<TRow>(new MemoryStream(bytes), "test.csv", culture);
        var rows = file.ToList();
        file.IsComplete.Should().BeTrue();
        return new ReadResult<TRow>(rows, file.Errors);
    }

    public static ReadResult<IImportRow> Read(ImportKind kind, string csv, NumberCulture culture = NumberCulture.Vi)
    {
        using var file = CsvImportReader.Read(new MemoryStream(Utf8(csv)), "test.csv", kind, culture);
        var rows = file.ToList();
        return new ReadResult<IImportRow>(rows, file.Errors);
    }

    /// <summary>Reads one targets.csv row whose target cell is <paramref name="cell"/>.</summary>
    public static ReadResult<TargetRow> TargetWithValue(string cell, NumberCulture culture) =>
        Read<TargetRow>($"campaign;indicator;unit;target\nCD2025;CT01;SO_TTTT;\"{cell}\"\n", culture);
}

internal sealed record ReadResult<TRow>(IReadOnlyList<TRow> Rows, IReadOnlyList<ImportError> Errors)
{
    public TRow Single()
    {
        Errors.Should().BeEmpty();
        return Rows.Should().ContainSingle().Subject;
    }

    public ImportError SingleError()
    {
        Rows.Should().BeEmpty();
        return Errors.Should().ContainSingle().Subject;
    }
}
