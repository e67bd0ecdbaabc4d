using System.Text.Json.Serialization;
using ThiDua.Analytics.Output;
using ThiDua.Units;

namespace ThiDua.Import.Importing;

/// <summary>
/// What a units file would change in a unit already stored, one field at a time — its name, kind, parent or cluster,
/// old → new (null: none) — listed by a dry run, so a restructuring's file is read before it is confirmed.
/// </summary>
public sealed record UnitChange(
    [property: JsonPropertyName("line")] int Line,
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonPropertyName("field")] string Field,
    [property: JsonPropertyName("old")] string? Old,
    [property: JsonPropertyName("new")] string? New)
{
    /// <summary>Each field that differs between the stored unit and the file's, in the order of the file's columns.</summary>
    public static IEnumerable<UnitChange> Between(int line, Unit stored, Unit sent)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(sent);
        if (stored.Name != sent.Name) yield return new(line, sent.Code, "name", stored.Name, sent.Name);
        if (stored.Kind != sent.Kind) yield return new(line, sent.Code, "kind", AnalyticsCsv.Kind(stored.Kind), AnalyticsCsv.Kind(sent.Kind));
        if (stored.Parent != sent.Parent) yield return new(line, sent.Code, "parent", stored.Parent, sent.Parent);
        if (stored.Cluster != sent.Cluster) yield return new(line, sent.Code, "cluster", stored.Cluster, sent.Cluster);
    }

    /// <summary>The field's name as the import's column guide heads it ("Đơn vị cha" for parent).</summary>
    public static string FieldLabel(string field) =>
        Templates.ImportGuide.For(Parsing.ImportKind.Units).FirstOrDefault(c => c.Name == field)?.Header ?? field;
}
