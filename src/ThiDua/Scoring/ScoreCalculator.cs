using ThiDua.Attainment;

namespace ThiDua.Scoring;

/// <summary>Score = 100 × Σ wᵢ × clamp(ratioᵢ, 0, cap) ⁄ Σ wᵢ over the unit's assigned indicators (SPEC §3).</summary>
public static class ScoreCalculator
{
    /// <summary>
    /// One unit's score from its attainment rows. Ratios are already rounded to 4 decimals; no_data
    /// counts as 0; the result is rounded to 2 decimals (midpoint away from zero).
    /// </summary>
    public static UnitScore Score(string unit, IReadOnlyCollection<AttainmentRow> rows, decimal scoreCap)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0) throw new ArgumentException("A unit without targets has no score.", nameof(rows));
        var weighted = 0m;
        var weights = 0m;
        foreach (var row in rows)
        {
            weighted += row.Weight * Math.Clamp(row.Ratio ?? 0m, 0m, scoreCap);
            weights += row.Weight;
        }

        var score = Math.Round(100m * weighted / weights, 2, MidpointRounding.AwayFromZero);
        return new UnitScore(unit, score, rows.Count(r => r.IsMetOrExceeded), rows.Count);
    }

    /// <summary>Scores of every unit that has at least one row, keyed by unit code.</summary>
    public static IReadOnlyDictionary<string, UnitScore> ScoreAll(IEnumerable<AttainmentRow> rows, decimal scoreCap) =>
        rows.GroupBy(r => r.Unit, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Score(g.Key, g.ToList(), scoreCap), StringComparer.Ordinal);
}
