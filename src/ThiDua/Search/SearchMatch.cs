namespace ThiDua.Search;

/// <summary>How a row matched the query, best first: the order of the results within a kind.</summary>
public enum SearchMatch
{
    /// <summary>The code itself ("bk-cntt" for BK-CNTT).</summary>
    ExactCode,

    /// <summary>The code begins with the query ("bk-" for BK-CNTT).</summary>
    CodePrefix,

    /// <summary>The name begins with the query ("ubnd huyen chi" for "UBND huyện Chi Lăng").</summary>
    NameStart,

    /// <summary>A word of the name begins with the query ("chi lang" for "UBND huyện Chi Lăng").</summary>
    WordStart,

    /// <summary>The query is inside the code or a word ("lang" for "Chi Lăng" is a word start; "ang" is inside).</summary>
    Inside,
}
