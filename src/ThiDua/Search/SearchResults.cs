namespace ThiDua.Search;

/// <summary>
/// A search's answer: the query as typed and as compared (<see cref="Folded"/>), the kinds searched in their order,
/// and — only when nothing matched — the names one letter away ("Có phải …?").
/// </summary>
public sealed record SearchResults(string Query, string Folded, IReadOnlyList<SearchGroup> Groups, IReadOnlyList<SearchHit> Suggestions)
{
    public int Total => Groups.Sum(g => g.Total);
}
