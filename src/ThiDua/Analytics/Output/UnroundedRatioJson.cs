namespace ThiDua.Analytics.Output;

/// <summary>
/// A ratio before its rounding to 4 decimals, as the provenance page writes it in "Thay số" (up to 6 decimals, trailing
/// zeros trimmed: <c>1.387821</c>), so the API and the page show one figure; 4 decimals made it the rounded ratio again.
/// </summary>
public sealed class UnroundedRatioJson() : DecimalJson(-1, Provenance.Explaining.FormulaWording.Decimals);
