namespace ThiDua.Provenance.Explaining;

/// <summary>
/// A unit's score at a period, term by term (SPEC §3): 100 × Σ wᵢ × clamp(ratioᵢ, 0, cap) ⁄ Σ wᵢ, then 2 decimals.
/// <paramref name="Terms"/> are the explanations of every indicator assigned to the unit, in indicator code order.
/// </summary>
public sealed record ScoreExplanation(string Unit, IReadOnlyList<RatioExplanation> Terms, decimal WeightedSum, decimal Weights, decimal Score)
{
    public static ScoreExplanation Of(string unit, IReadOnlyList<RatioExplanation> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var weighted = terms.Sum(t => t.Indicator.Weight * t.Clamped);
        var weights = terms.Sum(t => t.Indicator.Weight);
        var score = weights == 0m ? 0m : Math.Round(100m * weighted / weights, 2, MidpointRounding.AwayFromZero);
        return new ScoreExplanation(unit, terms, weighted, weights, score);
    }
}
