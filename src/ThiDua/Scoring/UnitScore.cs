namespace ThiDua.Scoring;

/// <summary>A unit's composite score at a period, with the counts the ranking and awards use.</summary>
/// <param name="Score">0–100 × cap, rounded to 2 decimals.</param>
/// <param name="Met">Indicators met or exceeded.</param>
/// <param name="Assigned">Indicators with a target row for the unit.</param>
public sealed record UnitScore(string Unit, decimal Score, int Met, int Assigned);
