using ThiDua.Units;

namespace ThiDua.Awards;

/// <summary>A candidate of one form after the criteria, before allocation. Failures empty = eligible.</summary>
internal sealed record AwardCandidate(
    Unit Unit,
    decimal? Score,
    int Met,
    bool Initiative,
    IReadOnlyList<AwardReason> Failures)
{
    public bool Eligible => Failures.Count == 0;

    /// <summary>The allocation key of SPEC §4: score (0 without targets), indicators met, initiative.</summary>
    public (decimal Score, int Met, bool Initiative) Key => (Score ?? 0m, Met, Initiative);
}
