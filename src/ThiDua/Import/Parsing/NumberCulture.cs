namespace ThiDua.Import.Parsing;

/// <summary>How numbers are written in a file (<c>--culture</c>): <c>vi</c> <c>1.110.000</c> / <c>90,6</c>, or <c>en</c> <c>1,110,000</c> / <c>90.6</c>.</summary>
public enum NumberCulture
{
    /// <summary>Vietnamese (the default): <c>.</c> groups thousands, <c>,</c> is the decimal separator.</summary>
    Vi,

    /// <summary>English: <c>,</c> groups thousands, <c>.</c> is the decimal separator.</summary>
    En,
}
