using ThiDua.Awards;
using ThiDua.Units;

namespace ThiDua.Reports.Summary;

/// <summary>One candidate of one award form with its status and the reasons for it.</summary>
public sealed record AwardProposalLine(
    string FormCode,
    string FormName,
    string Unit,
    string UnitName,
    UnitKind Kind,
    AwardStatus Status,
    decimal? Score,
    IReadOnlyList<AwardReason> Reasons);
