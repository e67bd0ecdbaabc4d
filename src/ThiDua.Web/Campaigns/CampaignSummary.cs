using System.Text.Json.Serialization;
using ThiDua.Campaigns;

namespace ThiDua.Web.Campaigns;

/// <summary>A campaign as <c>GET /api/campaigns</c> lists it; names follow <c>campaigns.csv</c>'s columns.</summary>
public sealed record CampaignSummary(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("start")] DateOnly Start,
    [property: JsonPropertyName("end")] DateOnly End,
    [property: JsonPropertyName("months")] int Months,
    [property: JsonPropertyName("first_month")] string FirstMonth,
    [property: JsonPropertyName("last_month")] string LastMonth,
    [property: JsonPropertyName("registration_deadline")] DateOnly? RegistrationDeadline,
    [property: JsonPropertyName("midterm_review")] string? MidtermReview,
    [property: JsonPropertyName("final_review")] string? FinalReview,
    [property: JsonPropertyName("dossier_deadline")] DateOnly? DossierDeadline,
    [property: JsonPropertyName("score_cap")] decimal ScoreCap)
{
    public static CampaignSummary Of(Campaign c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(c.Code, c.Name, c.Kind == CampaignKind.Annual ? "annual" : "special", c.Start, c.End, c.MonthCount,
            c.FirstMonth.ToString(), c.LastMonth.ToString(), c.RegistrationDeadline, c.MidtermReview?.ToString(), c.FinalReview?.ToString(),
            c.DossierDeadline, c.ScoreCap);
    }
}
