namespace ThiDua.Import.Parsing;

/// <summary>A row of <c>clusters.csv</c> (v2): a cluster code and the name shown for it.</summary>
public sealed record ClusterRow(int Line, string Code, string Name, string? Note) : IImportRow;
