namespace ThiDua.Import.Parsing;

/// <summary>The command-line words of <see cref="ImportKind"/>: <c>units|campaigns|indicators|targets|measurements|ratings|award_forms|clusters|registrations|award_decisions</c>.</summary>
public static class ImportKindNames
{
    public const string AllWords = "units|campaigns|indicators|targets|measurements|ratings|award_forms|clusters|registrations|award_decisions";

    public static string ToCliWord(ImportKind kind) => kind switch
    {
        ImportKind.Units => "units",
        ImportKind.Campaigns => "campaigns",
        ImportKind.Indicators => "indicators",
        ImportKind.Targets => "targets",
        ImportKind.Measurements => "measurements",
        ImportKind.Ratings => "ratings",
        ImportKind.AwardForms => "award_forms",
        ImportKind.Clusters => "clusters",
        ImportKind.Registrations => "registrations",
        ImportKind.AwardDecisions => "award_decisions",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Accepts the CLI word in any case, with <c>-</c> or a space for <c>_</c> (so <c>award-forms</c> works too).</summary>
    public static bool TryParse(string? word, out ImportKind kind)
    {
        var key = ImportNameNormalizer.Normalize(word);
        foreach (var candidate in Enum.GetValues<ImportKind>())
        {
            if (ToCliWord(candidate) == key)
            {
                kind = candidate;
                return true;
            }
        }
        kind = default;
        return false;
    }

    /// <summary>The kind whose rows are <typeparamref name="TRow"/>.</summary>
    public static ImportKind Of<TRow>() where TRow : IImportRow => typeof(TRow).Name switch
    {
        nameof(UnitRow) => ImportKind.Units,
        nameof(CampaignRow) => ImportKind.Campaigns,
        nameof(IndicatorRow) => ImportKind.Indicators,
        nameof(TargetRow) => ImportKind.Targets,
        nameof(MeasurementRow) => ImportKind.Measurements,
        nameof(RatingRow) => ImportKind.Ratings,
        nameof(AwardFormRow) => ImportKind.AwardForms,
        nameof(ClusterRow) => ImportKind.Clusters,
        nameof(RegistrationRow) => ImportKind.Registrations,
        nameof(AwardDecisionRow) => ImportKind.AwardDecisions,
        _ => throw new ArgumentException($"{typeof(TRow).Name} is not the row type of an import kind; use Read(stream, fileName, kind, culture)."),
    };
}
