namespace ThiDua.Measurements.Plausibility;

/// <summary>
/// A figure that is valid but unlikely: which rule (<see cref="PlausibilityRules"/>' names), the figure it was judged
/// against (a median, 0, 100, the stored value) and what to check, in Vietnamese and English.
/// </summary>
public sealed record PlausibilityFinding(string Rule, decimal JudgedAgainst, string MessageVi, string MessageEn);
