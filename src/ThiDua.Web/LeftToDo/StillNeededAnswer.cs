using System.Text.Json.Serialization;
using ThiDua.Attainment.StillNeeded;
using ThiDua.Periods;

namespace ThiDua.Web.LeftToDo;

/// <summary>
/// <c>GET /api/campaigns/{c}/units/{u}/still-needed</c>: the unit page's "Để hoàn thành chỉ tiêu đến tháng …" as JSON.
/// <see cref="Items"/> is empty at the campaign's last month (nothing is left) and for a unit without targets.
/// </summary>
public sealed record StillNeededAnswer(
    [property: JsonPropertyName("campaign")] string Campaign,
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonPropertyName("period")] YearMonth Period,
    [property: JsonPropertyName("last_month")] YearMonth LastMonth,
    [property: JsonPropertyName("items")] IReadOnlyList<StillNeededItem> Items)
{
    public static StillNeededItem Item(StillNeeded need, string words)
    {
        ArgumentNullException.ThrowIfNull(need);
        return new StillNeededItem(need.Indicator, System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(need.Kind.ToString()),
            need.MonthsLeft, need.Bar?.AtLeast, Round(need.Bar?.Level), Round(need.Amount), Round(need.Current), need.Deadline, words);
    }

    private static decimal? Round(decimal? value) => value is { } v ? Math.Round(v, 4, MidpointRounding.AwayFromZero) : null;
}
