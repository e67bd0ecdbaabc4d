using System.Text.Json.Serialization;
using ThiDua.Periods;

namespace ThiDua.Campaigns.Defining;

/// <summary>A campaign was launched, or its period, milestones, score cap or previous campaign changed.</summary>
public sealed record CampaignDefined(
    string CampaignCode, string Name, CampaignKind Kind, DateOnly Start, DateOnly End,
    DateOnly? RegistrationDeadline, YearMonth? MidtermReview, YearMonth? FinalReview, DateOnly? DossierDeadline,
    decimal ScoreCap, DateTimeOffset DefinedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Previous = null)
{
    public Campaign ToCampaign() =>
        new(CampaignCode, Name, Kind, Start, End, RegistrationDeadline, MidtermReview, FinalReview, DossierDeadline, ScoreCap, Previous);
}
