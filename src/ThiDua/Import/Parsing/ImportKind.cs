namespace ThiDua.Import.Parsing;

/// <summary>The kinds of CSV file ThiDua imports (SPEC §5). CLI words: see <see cref="ImportKindNames"/>.</summary>
public enum ImportKind
{
    Units,
    Campaigns,
    Indicators,
    Targets,
    Measurements,
    Ratings,
    AwardForms,
    Clusters,
    Registrations,
    AwardDecisions,
}
