namespace ThiDua.Search;

/// <summary>What a search finds, in the order the results list them.</summary>
public enum SearchKind
{
    Unit,
    Indicator,
    Campaign,
}
