using System.Text.Json.Serialization;
using ThiDua.Awards;

namespace ThiDua.UnitHistory;

/// <summary>
/// One award form a unit was proposed for (or found eligible for) in a campaign, with the council's standing decision:
/// the unit's row of <c>thidua awards</c> (status, decision, reference as there), the form's name and the act's date.
/// </summary>
public sealed record UnitHistoryAward(
    [property: JsonPropertyName("form")] string Form,
    [property: JsonPropertyName("form_name")] string FormName,
    [property: JsonPropertyName("status"), JsonConverter(typeof(JsonStringEnumConverter<AwardStatus>))] AwardStatus Status,
    [property: JsonPropertyName("decision")] string? Decision,
    [property: JsonPropertyName("reference")] string? Reference,
    [property: JsonPropertyName("decision_date")] DateOnly? DecisionDate)
{
    /// <summary>What it was proposed for, as the summary report and the awards chart say it: the form's name, and for a
    /// form whose quota counts per cụm, khối the one it leads ("Cờ thi đua … — dẫn đầu Khối … (BK-KHOI1)").</summary>
    [JsonIgnore]
    public string Proposal { get; init; } = FormName;

    /// <summary>The council's ballot recorded with the standing decision, for the page and the table ("biểu quyết 9/11
    /// đồng ý"); not in the history's CSV and JSON, whose columns stay as they were.</summary>
    [JsonIgnore]
    public Awards.Deciding.CouncilVote? Vote { get; init; }
}
