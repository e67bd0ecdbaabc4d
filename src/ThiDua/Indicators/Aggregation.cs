namespace ThiDua.Indicators;

/// <summary>How monthly measurements up to a period combine into one actual.</summary>
public enum Aggregation
{
    Sum,
    Latest,
    Average,
    Max,
    Min,
}
