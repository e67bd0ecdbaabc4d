namespace ThiDua.Analytics.Output;

/// <summary>Exactly 4 decimals: ratios.</summary>
public sealed class FourDecimalsJson() : DecimalJson(4);
