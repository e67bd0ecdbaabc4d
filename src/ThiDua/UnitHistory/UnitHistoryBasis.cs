namespace ThiDua.UnitHistory;

/// <summary>Which month a campaign's score in a unit's history is read at (docs/pages.md, "Quá trình thi đua").</summary>
public enum UnitHistoryBasis
{
    /// <summary>The campaign's last month, closed: the result the council judged on.</summary>
    Final,

    /// <summary>The latest closed month (chốt số liệu) before the last: the figures the office has confirmed.</summary>
    Closed,

    /// <summary>Nothing closed yet: the latest month with figures, as the campaign page opens on.</summary>
    Latest,

    /// <summary>The unit ended (merged, dissolved) by the month above: its last month before the end, its last standing.</summary>
    Ended,
}
