using System.Text.Json.Serialization;
using ThiDua.Analytics.Output;
using ThiDua.Periods;

namespace ThiDua.Web.LeftToDo;

/// <summary>
/// One indicator of <c>GET /api/campaigns/{c}/units/{u}/still-needed</c>: what the unit still needs by the campaign's
/// last month, as figures (unrounded but to 4 decimals) and as the unit page's words.
/// </summary>
/// <param name="Kind">snake_case of the kind: <c>reached</c>, <c>lost</c>, <c>more_in_all</c>, <c>at_most_in_all</c>,
/// <c>last_month</c>, <c>average_of_rest</c>, <c>one_month</c>, <c>every_month</c>, <c>task_due</c>, <c>task_overdue</c>,
/// <c>task_done_late</c>, <c>unit_ends</c>.</param>
/// <param name="AtLeast">The level is one to reach (true) or to stay under (false); null for a task.</param>
/// <param name="Level">The aggregated actual that meets the target at the last month; null for a task.</param>
/// <param name="Amount">A flow's total left to do or allowed, or the average the remaining months need.</param>
public sealed record StillNeededItem(
    [property: JsonPropertyName("indicator")] string Indicator,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("months_left")] int MonthsLeft,
    [property: JsonPropertyName("at_least")] bool? AtLeast,
    [property: JsonPropertyName("level"), JsonConverter(typeof(TrimmedDecimalJson))] decimal? Level,
    [property: JsonPropertyName("amount"), JsonConverter(typeof(TrimmedDecimalJson))] decimal? Amount,
    [property: JsonPropertyName("current"), JsonConverter(typeof(TrimmedDecimalJson))] decimal? Current,
    [property: JsonPropertyName("deadline")] YearMonth? Deadline,
    [property: JsonPropertyName("words")] string Words);
