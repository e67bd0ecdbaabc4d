using System.Text;
using ThiDua.Import.Parsing;

namespace ThiDua.Tests.Import.Importing;

/// <summary>
/// One bad input of the corpus: what to import and the error it must give — on <see cref="Line"/> (null: any line),
/// in <see cref="Column"/> (null: no column), with <see cref="Fragment"/> in the English message.
/// </summary>
public sealed record BadImportCase(string Name, ImportKind Kind, Func<Stream> Open, int? Line, string? Column, string Fragment,
    NumberCulture Culture = NumberCulture.Vi)
{
    public static BadImportCase Text(string name, ImportKind kind, string csv, int? line, string? column, string fragment,
        NumberCulture culture = NumberCulture.Vi) =>
        new(name, kind, () => new MemoryStream(Encoding.UTF8.GetBytes(csv)), line, column, fragment, culture);

    public static BadImportCase Bytes(string name, ImportKind kind, Func<byte[]> bytes, int? line, string? column, string fragment) =>
        new(name, kind, () => new MemoryStream(bytes()), line, column, fragment);

    public override string ToString() => Name;
}
