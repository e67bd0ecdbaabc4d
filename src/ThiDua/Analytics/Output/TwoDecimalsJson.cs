namespace ThiDua.Analytics.Output;

/// <summary>Exactly 2 decimals: scores.</summary>
public sealed class TwoDecimalsJson() : DecimalJson(2);
