using ThiDua.Awards;
using ThiDua.Ratings;

namespace ThiDua.Import.Parsing;

/// <summary>A row of <c>award_forms.csv</c>; defaults: min_rating excellent, require_* false, quota_scope campaign; an empty quota is no limit.</summary>
public sealed record AwardFormRow(
    int Line,
    string Campaign,
    string Code,
    string Name,
    string? Level,
    AwardRecipient Recipient,
    int? Quota,
    Rating MinRating,
    bool RequireInitiative,
    bool RequireAllTargets,
    AwardQuotaScope QuotaScope) : IImportRow
{
    /// <summary>Only candidates registered for the form on time are eligible (v2; default no).</summary>
    public bool RequireRegistration { get; init; }

    /// <summary>The percent of all the council's members an approval needs when its vote is recorded; null: none.</summary>
    public decimal? RequiredShare { get; init; }
}
