using ThiDua.Awards;
using ThiDua.Awards.Deciding;

namespace ThiDua.Reports.Summary;

/// <summary>A candidate the council has decided on (its standing decision), listed apart from the proposals.</summary>
public sealed record DecidedAward(string FormCode, string FormName, string Unit, string UnitName, AwardStatus Status, AwardDecisionRecord Decision);
