namespace ThiDua.Search;

/// <summary>
/// The registry searches (018_registry_search.sql keeps each row's code and name folded). Each finds the rows whose
/// folded code and name (search_key) hold the query (<c>@any</c> = <c>%q%</c>: the database reads the table and
/// compares, 2.8 ms at 11,000 units), ranks them as <see cref="SearchMatch"/> says, counts them all and lists at most <c>@n</c>.
/// </summary>
internal static class SearchSql
{
    // @q the folded query; @start 'q%', @word '% q%' (a later word's start), @any '%q%' — LIKE's wildcards in q escaped.
    internal const string Rank = """
        case when search_code = @q then 0 when search_code like @start then 1 when search_name like @start then 2
             when search_name like @word then 3 else 4 end
        """;

    internal const string Matches = "search_key like @any";

    public const string Units = $"""
        select code, definition->>'name', null, 1, rank, count(*) over ()
        from (select code, definition, search_name, {Rank} as rank from rm_units where {Matches}) m
        order by rank, search_name collate "C", code collate "C" limit @n
        """;

    // Newer campaigns first among equally good matches: this year's is the one looked for.
    public const string Campaigns = $"""
        select code, definition->>'name', null, 1, rank, count(*) over ()
        from (select code, definition, {Rank} as rank from rm_campaigns where {Matches}) m
        order by rank, definition->>'end' desc, definition->>'start' desc, code limit @n
        """;

    // One row per indicator code: the latest matching campaign's (its page is the one linked), its best match, and how
    // many campaigns' indicators of that code matched. Windows are computed before distinct on keeps each code's first.
    public const string Indicators = $"""
        select code, name, campaign, campaigns, rank, count(*) over ()
        from (
            select distinct on (m.code) m.code, m.definition->>'name' as name, m.search_name, m.campaign,
                min(m.rank) over (partition by m.code) as rank, count(*) over (partition by m.code)::int as campaigns
            from (select campaign, code, definition, search_name, {Rank} as rank from rm_indicators where {Matches}) m
            join rm_campaigns c on c.code = m.campaign
            order by m.code, c.definition->>'end' desc, c.definition->>'start' desc, c.code desc) latest
        order by rank, search_name collate "C", code collate "C" limit @n
        """;

    /// <summary>
    /// The rows a name one letter away may be in: one edit leaves the query's first half or its second half as it was
    /// (<c>@h1</c>, <c>@h2</c>: <c>%half%</c>), which the database finds as it finds a match; the caller keeps the near ones.
    /// </summary>
    public const string Near = """
        select 0, code, definition->>'name', null, search_code, search_name from rm_units where search_key like @h1 or search_key like @h2
        union all
        select 2, code, definition->>'name', null, search_code, search_name from rm_campaigns where search_key like @h1 or search_key like @h2
        union all
        (select distinct on (i.code) 1, i.code, i.definition->>'name', i.campaign, i.search_code, i.search_name
         from rm_indicators i join rm_campaigns c on c.code = i.campaign
         where i.search_key like @h1 or i.search_key like @h2
         order by i.code, c.definition->>'end' desc, c.definition->>'start' desc, c.code desc)
        limit 5000
        """;
}
