using ThiDua.Formatting;

namespace ThiDua.Ranking.Trends;

/// <summary>
/// A unit's place now against the month before, in the same group: rank up (▲), down (▼), unchanged (=), or new
/// (mới: not ranked the month before, or the campaign's first month).
/// </summary>
public sealed record RankMovement(int Rank, decimal Score, int? PreviousRank, decimal? PreviousScore)
{
    /// <summary>"▲2", "▼1", "=", "mới".</summary>
    public string Arrow => PreviousRank switch
    {
        null => "mới",
        { } p when p > Rank => $"▲{p - Rank}",
        { } p when p < Rank => $"▼{Rank - p}",
        _ => "=",
    };

    /// <summary>The score's change with its sign ("+3,25", "−1,50", "0,00"); null when new.</summary>
    public string? ScoreChange => PreviousScore is { } p
        ? (Score - p) switch { > 0 and var d => "+" + VietnameseNumber.FormatFixed(d, 2), < 0 and var d => "−" + VietnameseNumber.FormatFixed(-d, 2), _ => "0,00" }
        : null;

    /// <summary>Each unit of <paramref name="now"/> against its row in <paramref name="before"/> (null: no month before).</summary>
    public static IReadOnlyDictionary<string, RankMovement> Between(IEnumerable<RankingRow> now, IEnumerable<RankingRow>? before)
    {
        ArgumentNullException.ThrowIfNull(now);
        var previous = before?.ToDictionary(r => r.Unit, StringComparer.Ordinal) ?? [];
        return now.ToDictionary(r => r.Unit, r => previous.TryGetValue(r.Unit, out var p) && p.Cluster == r.Cluster
            ? new RankMovement(r.Rank, r.Score, p.Rank, p.Score)
            : new RankMovement(r.Rank, r.Score, null, null), StringComparer.Ordinal);
    }
}
