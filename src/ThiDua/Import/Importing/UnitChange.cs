using System.Text.Json.Serialization;
using ThiDua.Analytics.Output;
using ThiDua.Units;

namespace ThiDua.Import.Importing;

/// <summary>
/// What a units file would change in a unit already stored, one field at a time — its name, kind, parent or cluster,
/// old → new (null: none) — listed by a dry run, so a restructuring's file is read before it is confirmed. Codes alone
/// did not say which unit or which parent a line meant: the unit's name (as the file gives it) and, for a parent, the
/// old and new parents' names come with them.
/// </summary>
public sealed record UnitChange(
    [property: JsonPropertyName("line")] int Line,
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonPropertyName("field")] string Field,
    [property: JsonPropertyName("old")] string? Old,
    [property: JsonPropertyName("new")] string? New)
{
    [JsonPropertyName("unit_name"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? UnitName { get; init; }

    /// <summary>The old parent's or successor's name (a parent or merged_into change only).</summary>
    [JsonPropertyName("old_name"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? OldName { get; init; }

    /// <summary>The new parent's or successor's name, as this file names it when its row is in the file (those changes only).</summary>
    [JsonPropertyName("new_name"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? NewName { get; init; }

    /// <summary>Each field that differs between the stored unit and the file's, in the order of the file's columns.</summary>
    public static IEnumerable<UnitChange> Between(int line, Unit stored, Unit sent)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(sent);
        if (stored.Name != sent.Name) yield return new(line, sent.Code, "name", stored.Name, sent.Name) { UnitName = sent.Name };
        if (stored.Kind != sent.Kind) yield return new(line, sent.Code, "kind", AnalyticsCsv.Kind(stored.Kind), AnalyticsCsv.Kind(sent.Kind)) { UnitName = sent.Name };
        if (stored.Parent != sent.Parent) yield return new(line, sent.Code, "parent", stored.Parent, sent.Parent) { UnitName = sent.Name };
        if (stored.Cluster != sent.Cluster) yield return new(line, sent.Code, "cluster", stored.Cluster, sent.Cluster) { UnitName = sent.Name };
        if (stored.Ended != sent.Ended) yield return new(line, sent.Code, "ended", stored.Ended?.ToString(), sent.Ended?.ToString()) { UnitName = sent.Name };
        if (stored.MergedInto != sent.MergedInto) yield return new(line, sent.Code, "merged_into", stored.MergedInto, sent.MergedInto) { UnitName = sent.Name };
    }

    /// <summary>A parent or successor change with the units' names, once the whole file is read (a new one may come later in it).</summary>
    public UnitChange WithParentNames(Func<string, string?> storedName, Func<string, string?> nameNow) => Field is not ("parent" or "merged_into") ? this : this with
    {
        OldName = Old is null ? null : storedName(Old),
        NewName = New is null ? null : nameNow(New),
    };

    /// <summary>The field's name as the import's column guide heads it ("Đơn vị cha" for parent).</summary>
    public static string FieldLabel(string field) =>
        Templates.ImportGuide.For(Parsing.ImportKind.Units).FirstOrDefault(c => c.Name == field)?.Header ?? field;
}
