namespace ThiDua.Search;

/// <summary>
/// A unit, indicator or campaign found. An indicator's code is looked for across campaigns: <see cref="Campaign"/> is
/// the latest campaign (by its end, then start) whose indicator of that code matched, <see cref="Campaigns"/> how many
/// campaigns' indicators of that code matched. A unit's <see cref="Name"/> is its name now, or as of the time asked.
/// </summary>
public sealed record SearchHit(SearchKind Kind, string Code, string Name, SearchMatch Match)
{
    /// <summary>The indicator's campaign (the latest that has it); null for a unit or a campaign.</summary>
    public string? Campaign { get; init; }

    /// <summary>For an indicator, the campaigns whose indicator of this code matched; else 1.</summary>
    public int Campaigns { get; init; } = 1;

    /// <summary>
    /// For a unit found only by a name it had before (not by its name now, nor as of the time asked): that name, the
    /// best matching, the latest of equals; else null.
    /// </summary>
    public string? FormerName { get; init; }

    /// <summary>When <see cref="FormerName"/> stopped being the unit's name (the rename's recorded time).</summary>
    public DateTimeOffset? FormerUntil { get; init; }
}
