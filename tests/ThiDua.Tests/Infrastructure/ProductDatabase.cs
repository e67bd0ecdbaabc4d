using ThiDua.EventStore.Schema;
using ThiDua.Hosting;
using ThiDua.Import.Importing;
using ThiDua.Import.Parsing;

namespace ThiDua.Tests.Infrastructure;

/// <summary>A test database with the whole product's schema, and helpers to open the runtime and import files.</summary>
public class ProductDatabase : TestDatabase
{
    protected override IEnumerable<Migration> Migrations() => ThiDuaRuntime.AllMigrations();

    public Task<ThiDuaRuntime> OpenRuntimeAsync(TimeProvider? clock = null) => ThiDuaRuntime.OpenAsync(ConnectionString, clock);

    /// <summary>Imports CSV text (UTF-8) as if it were a file of that name.</summary>
    public static async Task<ImportOutcome> ImportAsync(ThiDuaRuntime runtime, ImportKind kind, string csv, bool dryRun = false,
        NumberCulture culture = NumberCulture.Vi, string fileName = "test.csv", bool acceptWarnings = false)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv));
        return await new CsvImporter(runtime.DataSource, runtime.Store, runtime.Clock)
            .ImportAsync(stream, new ImportRequest(fileName, kind, culture, dryRun, "test", AcceptWarnings: acceptWarnings));
    }

    /// <summary>Imports every file of <c>seed-data/</c> in dependency order, over the warnings its months without activity raise (as the demo does).</summary>
    public static async Task ImportSeedAsync(ThiDuaRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        foreach (var (kind, file) in SeedFiles.InOrder)
        {
            await using var stream = File.OpenRead(Path.Combine(SeedFiles.Directory, file));
            var outcome = await new CsvImporter(runtime.DataSource, runtime.Store, runtime.Clock)
                .ImportAsync(stream, new ImportRequest(file, kind, NumberCulture.Vi, false, "seed", AcceptWarnings: true));
            if (!outcome.Accepted) throw new InvalidOperationException($"{file}: {string.Join("; ", outcome.Errors)}");
        }
    }
}
