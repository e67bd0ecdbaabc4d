namespace ThiDua.PreviousYear;

/// <summary>How a unit stands between the two years.</summary>
public enum PreviousYearStatus
{
    /// <summary>Ranked both years: score and rank beside last year's.</summary>
    Compared,

    /// <summary>Ranked this year, not last year at the same month (a new unit, or one without targets then).</summary>
    New,

    /// <summary>Ranked last year, ended (merged, dissolved) by this year's month.</summary>
    Ended,

    /// <summary>Ranked last year, still existing, but not ranked this year (no targets).</summary>
    NotThisYear,
}
