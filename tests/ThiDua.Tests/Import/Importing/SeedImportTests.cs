using ThiDua.Import.Parsing;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Import.Importing;

/// <summary>The real seed files into a fresh database, twice.</summary>
public sealed class SeedImportTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    [Fact]
    public async Task Every_seed_file_imports_into_a_fresh_database_and_importing_them_again_changes_nothing()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        foreach (var (kind, file) in SeedFiles.InOrder)
        {
            var first = await ImportSeedFileAsync(runtime, kind, file);
            first.Accepted.Should().BeTrue(string.Join("; ", first.Errors));
            // The plans' months without activity: 0 where the unit's other months count 1 or 2, accepted as real.
            first.Warnings.Where(w => w.Rule != ThiDua.Measurements.Plausibility.PlausibilityRules.OutlierLow || w.Value != "0").Should().BeEmpty(file);
            first.Created.Should().BeGreaterThan(0);
            first.Written.Should().BeTrue();
        }
        var events = await db.ScalarAsync("select count(*) from es_events");
        var before = await DatabaseFingerprint.TakeAsync(db);

        foreach (var (kind, file) in SeedFiles.InOrder)
        {
            var again = await ImportSeedFileAsync(runtime, kind, file);
            again.Accepted.Should().BeTrue();
            again.Created.Should().Be(0, file);
            again.Changed.Should().Be(0, file);
            again.Unchanged.Should().BeGreaterThan(0, file);
            again.Events.Should().Be(0, file);
            again.Written.Should().BeFalse();
        }
        (await db.ScalarAsync("select count(*) from es_events")).Should().Be(events);
        (await DatabaseFingerprint.TakeAsync(db)).Should().Be(before);
    }

    private static async Task<ThiDua.Import.Importing.ImportOutcome> ImportSeedFileAsync(Hosting.ThiDuaRuntime runtime, ImportKind kind, string file) =>
        await ProductDatabase.ImportAsync(runtime, kind, await File.ReadAllTextAsync(Path.Combine(SeedFiles.Directory, file)), fileName: file, acceptWarnings: true);
}
