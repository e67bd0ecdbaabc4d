using ThiDua.Import.Parsing;

namespace ThiDua.Tests.Infrastructure;

/// <summary>Where the repository's folders are, found by walking up to ThiDua.sln.</summary>
public static class SeedFiles
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Directory => Path.Combine(RepositoryRoot, "seed-data");

    public static IReadOnlyList<(ImportKind Kind, string File)> InOrder { get; } =
    [
        (ImportKind.Units, "units.csv"), (ImportKind.Campaigns, "campaigns.csv"), (ImportKind.Indicators, "indicators.csv"),
        (ImportKind.Targets, "targets.csv"), (ImportKind.Measurements, "measurements.csv"), (ImportKind.Ratings, "ratings.csv"),
        (ImportKind.AwardForms, "award_forms.csv"),
        (ImportKind.Clusters, "clusters.csv"), (ImportKind.Registrations, "registrations.csv"),
    ];

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ThiDua.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ThiDua.sln not found above " + AppContext.BaseDirectory);
    }
}
