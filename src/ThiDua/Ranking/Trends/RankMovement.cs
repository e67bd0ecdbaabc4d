using ThiDua.Formatting;

namespace ThiDua.Ranking.Trends;

/// <summary>
/// A unit's place now against the month before, in the same group: rank up (▲), down (▼), unchanged (=), or new
/// (mới: not ranked the month before, or the campaign's first month).
/// </summary>
public sealed record RankMovement(int Rank, decimal Score, int? PreviousRank, decimal? PreviousScore)
{
    /// <summary>
    /// How many units ranked above it in its group the month before are not in that group now (merged away, ended, moved
    /// to another cụm): the arrow counts their places too, so a "▲1" in the month of a merger may be no more than that.
    /// </summary>
    public int GoneAbove { get; init; }

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
        var rows = now.ToList();
        var earlier = before?.ToList() ?? [];
        var previous = earlier.ToDictionary(r => r.Unit, StringComparer.Ordinal);
        var stayed = rows.Select(r => (r.Unit, r.Cluster, r.Kind)).ToHashSet();
        // Usually none: only units that left their group since the month before.
        var gone = earlier.Where(q => !stayed.Contains((q.Unit, q.Cluster, q.Kind))).ToList();
        return rows.ToDictionary(r => r.Unit, r => previous.TryGetValue(r.Unit, out var p) && p.Cluster == r.Cluster
            ? new RankMovement(r.Rank, r.Score, p.Rank, p.Score) { GoneAbove = gone.Count(q => q.Cluster == r.Cluster && q.Kind == r.Kind && q.Rank < p.Rank) }
            : new RankMovement(r.Rank, r.Score, null, null), StringComparer.Ordinal);
    }
}
