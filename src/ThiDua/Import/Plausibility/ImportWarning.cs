using System.Text.Json.Serialization;

namespace ThiDua.Import.Plausibility;

/// <summary>
/// A plausibility warning on one line of an imported file (SPEC §5 "Plausibility (v2)"): the column and value, the
/// rule, the figure the value was judged against, and what to check in Vietnamese and English. A file with warnings
/// is refused unless the importer accepts them.
/// </summary>
public sealed record ImportWarning(
    [property: JsonPropertyName("line")] int Line,
    [property: JsonPropertyName("column")] string Column,
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("rule")] string Rule,
    [property: JsonPropertyName("judged_against")] decimal JudgedAgainst,
    [property: JsonPropertyName("message_vi")] string MessageVi,
    [property: JsonPropertyName("message_en")] string MessageEn)
{
    /// <summary>What a figure's warning starts with, in the import's list and in the note its event keeps: "U1/I1/2022-01: ".</summary>
    public static string Prefix(string unit, string indicator, string period) => $"{unit}/{indicator}/{period}: ";
}
