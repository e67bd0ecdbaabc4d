using System.Text.Json.Serialization;
using ThiDua.Analytics.Output;
using ThiDua.Periods;

namespace ThiDua.PreviousYear;

/// <summary>
/// A campaign at a month against its previous campaign at the same month of that campaign (<see cref="SameMonth"/>):
/// the answer of <c>GET /api/campaigns/{c}/previous-year</c> and of the page "So với năm trước".
/// </summary>
/// <param name="Position">The month's place in the campaign (1 = its first month).</param>
/// <param name="PreviousShorter">Last year's campaign has fewer months: it is read at its last month.</param>
/// <param name="PreviousFinished">Last year's campaign had ended by the time read (now or asOf): its result is final, and still read at the same month.</param>
public sealed record PreviousYearComparison(
    [property: JsonPropertyName("campaign")] string Campaign,
    [property: JsonPropertyName("period")] YearMonth Period,
    [property: JsonPropertyName("position")] int Position,
    [property: JsonPropertyName("previous_campaign")] string PreviousCampaign,
    [property: JsonPropertyName("previous_campaign_name")] string PreviousCampaignName,
    [property: JsonPropertyName("previous_period")] YearMonth PreviousPeriod,
    [property: JsonPropertyName("previous_shorter")] bool PreviousShorter,
    [property: JsonPropertyName("previous_finished")] bool PreviousFinished,
    [property: JsonPropertyName("link"), JsonConverter(typeof(SnakeCaseEnumConverter<PreviousLinkKind>))] PreviousLinkKind Link,
    [property: JsonPropertyName("rows")] IReadOnlyList<PreviousYearRow> Rows)
{
    /// <summary>Last year's campaign as it stood at the time read (for the page's words; its code and name are above).</summary>
    [JsonIgnore]
    public Campaigns.Campaign? Previous { get; init; }
}
