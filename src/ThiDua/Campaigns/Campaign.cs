using System.Text.Json.Serialization;
using ThiDua.Periods;

namespace ThiDua.Campaigns;

/// <summary>A campaign's definition. Its periods are the months from <see cref="Start"/> to <see cref="End"/>.</summary>
/// <param name="Previous">
/// The campaign it follows (campaigns.csv's optional <c>previous</c>), for "so với năm trước"; null: inferred
/// (<see cref="PreviousYear.PreviousCampaigns"/>). Not written when null, so definitions stored before it read the same.
/// </param>
public sealed record Campaign(
    string Code,
    string Name,
    CampaignKind Kind,
    DateOnly Start,
    DateOnly End,
    DateOnly? RegistrationDeadline,
    YearMonth? MidtermReview,
    YearMonth? FinalReview,
    DateOnly? DossierDeadline,
    decimal ScoreCap,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Previous = null)
{
    public const decimal DefaultScoreCap = 1.2m;

    public YearMonth FirstMonth => YearMonth.Of(Start);

    /// <summary>The campaign's last month: awards are judged here.</summary>
    public YearMonth LastMonth => YearMonth.Of(End);

    public int MonthCount => LastMonth.MonthsSince(FirstMonth);

    public bool Contains(YearMonth period) => period >= FirstMonth && period <= LastMonth;
}
