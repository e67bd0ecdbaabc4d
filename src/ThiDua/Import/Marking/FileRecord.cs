namespace ThiDua.Import.Marking;

/// <summary>One record of a file at its own row number (a CSV's line, a sheet's row), the header included.</summary>
internal sealed record FileRecord(int Row, IReadOnlyList<MarkedValue> Cells);
