namespace ThiDua.PreviousYear;

/// <summary>How a campaign's previous year was found.</summary>
public enum PreviousLinkKind
{
    /// <summary>campaigns.csv's <c>previous</c> column names it.</summary>
    Named,

    /// <summary>No column: the same code with its year one less (BK2023 → BK2022).</summary>
    SameCodeYearBefore,
}
