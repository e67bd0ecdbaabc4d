namespace ThiDua.Search;

/// <summary>One kind's results, best first, at most the limit asked; <see cref="Total"/> counts every match.</summary>
public sealed record SearchGroup(SearchKind Kind, IReadOnlyList<SearchHit> Hits, int Total)
{
    /// <summary>Whether more matched than are listed.</summary>
    public bool More => Total > Hits.Count;
}
