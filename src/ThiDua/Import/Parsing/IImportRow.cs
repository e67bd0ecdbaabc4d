namespace ThiDua.Import.Parsing;

/// <summary>A typed row of an imported CSV file; <see cref="Line"/> is the 1-based physical line where it starts.</summary>
public interface IImportRow
{
    int Line { get; }
}
