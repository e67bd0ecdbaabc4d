namespace ThiDua.Search;

/// <summary>
/// The unit searches that read its names over time (rm_unit_names, 019_registry_unit_names.sql): the names units had
/// at a time asked (<c>@t</c>), and the units found only by a name they had before — now, or before <c>@t</c> — listed
/// with the name they have (had) then. A name stopped at the instant it started (two renames in one transaction) was
/// never anyone's and is skipped. Ranked as <see cref="SearchSql"/> ranks; the caller puts each former-name match after
/// the name matches of the same strength.
/// </summary>
internal static class UnitNameSql
{
    private const string At = "since <= @t and (until is null or until > @t)";

    /// <summary>As <see cref="SearchSql.Units"/>, each unit by the name it had at <c>@t</c>; units registered later are not there.</summary>
    public const string UnitsAsOf = $"""
        select unit, name, null, 1, rank, count(*) over ()
        from (select unit, name, search_name, {SearchSql.Rank} as rank from rm_unit_names where {At} and {SearchSql.Matches}) m
        order by rank, search_name collate "C", unit collate "C" limit @n
        """;

    // Each unit's best matching former name (the latest of equals); "until is not null" is rm_unit_names_former's
    // predicate, so only former names are read, not every unit's row again.
    private const string FormerMatches = $"""
        select distinct on (unit) unit, name, until, {SearchSql.Rank} as rank from rm_unit_names
        where until is not null and until > since and {SearchSql.Matches}
        """;

    /// <summary>Units whose name now does not match and a former name does: code, name now, former name, until, rank, count.</summary>
    public const string Former = $"""
        select f.unit, u.definition->>'name', f.name, f.until, f.rank, count(*) over ()
        from ({FormerMatches} order by unit, rank, until desc) f
        join rm_units u on u.code = f.unit
        where not (u.search_key like @any)
        order by f.rank, u.search_name collate "C", f.unit collate "C" limit @n
        """;

    /// <summary>As <see cref="Former"/> as of <c>@t</c>: names given up by then, beside the name the unit had then.</summary>
    public const string FormerAsOf = $"""
        select f.unit, c.name, f.name, f.until, f.rank, count(*) over ()
        from ({FormerMatches} and until <= @t order by unit, rank, until desc) f
        join rm_unit_names c on c.unit = f.unit and c.since <= @t and (c.until is null or c.until > @t)
        where not (c.search_key like @any)
        order by f.rank, c.search_name collate "C", f.unit collate "C" limit @n
        """;
}
