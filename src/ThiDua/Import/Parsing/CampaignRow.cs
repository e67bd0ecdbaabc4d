using ThiDua.Campaigns;
using ThiDua.Periods;

namespace ThiDua.Import.Parsing;

/// <summary>A row of <c>campaigns.csv</c>; <see cref="ScoreCap"/> defaults to 1.2 when the cell is empty.</summary>
public sealed record CampaignRow(
    int Line,
    string Code,
    string Name,
    CampaignKind Kind,
    DateOnly Start,
    DateOnly End,
    DateOnly? RegistrationDeadline,
    YearMonth? MidtermReview,
    YearMonth? FinalReview,
    DateOnly? DossierDeadline,
    decimal ScoreCap) : IImportRow
{
    /// <summary>The optional <c>previous</c> column: the code of the campaign this one follows (năm trước).</summary>
    public string? Previous { get; init; }
}
