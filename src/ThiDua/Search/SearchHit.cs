namespace ThiDua.Search;

/// <summary>
/// A unit, indicator or campaign found. An indicator's code is looked for across campaigns: <see cref="Campaign"/> is
/// the latest campaign (by its end, then start) whose indicator of that code matched, <see cref="Campaigns"/> how many
/// campaigns' indicators of that code matched.
/// </summary>
public sealed record SearchHit(SearchKind Kind, string Code, string Name, SearchMatch Match)
{
    /// <summary>The indicator's campaign (the latest that has it); null for a unit or a campaign.</summary>
    public string? Campaign { get; init; }

    /// <summary>For an indicator, the campaigns whose indicator of this code matched; else 1.</summary>
    public int Campaigns { get; init; } = 1;
}
