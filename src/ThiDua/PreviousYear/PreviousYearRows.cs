using ThiDua.Analytics;
using ThiDua.Ranking;

namespace ThiDua.PreviousYear;

/// <summary>
/// Pairs two rankings unit by unit (by code): this year's in its order, then the units ranked only last year in last
/// year's order. Nothing is recomputed: each side is its campaign's ranking at its month.
/// </summary>
public static class PreviousYearRows
{
    public static IReadOnlyList<PreviousYearRow> Of(CampaignSnapshot current, IReadOnlyList<RankingRow> ranking, IReadOnlyList<RankingRow> previousRanking)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(previousRanking);
        var before = previousRanking.ToDictionary(r => r.Unit, StringComparer.Ordinal);
        var now = ranking.Select(r => r.Unit).ToHashSet(StringComparer.Ordinal);
        var rows = new List<PreviousYearRow>(ranking.Count);
        foreach (var r in ranking)
        {
            var last = before.GetValueOrDefault(r.Unit);
            var sameGroup = last is not null && last.Cluster == r.Cluster && last.Kind == r.Kind;
            rows.Add(new PreviousYearRow(r.Unit, r.UnitName, r.Kind, last is null ? PreviousYearStatus.New : PreviousYearStatus.Compared,
                r.Cluster, r.Rank, r.Score, last?.Cluster, last?.Rank, last?.Score,
                last is null ? null : Math.Round(r.Score, 2) - Math.Round(last.Score, 2), sameGroup ? last!.Rank - r.Rank : null, null, null));
        }
        foreach (var last in previousRanking.Where(r => !now.Contains(r.Unit)))
        {
            // The unit as this year's snapshot holds it (as of the same time): ended or merged since, or still there.
            var unit = current.Units.GetValueOrDefault(last.Unit);
            var ended = unit?.Ended is { } e && e <= current.Campaign.LastMonth ? e : (Periods.YearMonth?)null;
            rows.Add(new PreviousYearRow(last.Unit, unit?.Name ?? last.UnitName, last.Kind, ended is null ? PreviousYearStatus.NotThisYear : PreviousYearStatus.Ended,
                unit?.Cluster, null, null, last.Cluster, last.Rank, last.Score, null, null, ended, ended is null ? null : unit!.MergedInto));
        }
        return rows;
    }

    /// <summary>The cụm, khối a row is listed under: this year's, or last year's for a unit ranked last year only.</summary>
    public static string? ListedCluster(PreviousYearRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Rank is null ? row.PreviousCluster : row.Cluster;
    }
}
