using ThiDua.Hosting;
using ThiDua.Import.Importing;
using ThiDua.Import.Parsing;

namespace ThiDua.Benchmarks.Harness;

/// <summary>Imports one CSV file (vi culture) as the product does; a rejected file ends the benchmark.</summary>
public static class BenchImport
{
    public static async Task FileAsync(ThiDuaRuntime runtime, ImportKind kind, string file)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        // Generated figures are judged (their cost is part of the measure) and imported over any warning they raise.
        // Sequential reads with a large buffer, as the CLI reads an import file.
        await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var outcome = await new CsvImporter(runtime.DataSource, runtime.Store, runtime.Clock)
            .ImportAsync(stream, new ImportRequest(Path.GetFileName(file), kind, NumberCulture.Vi, false, "bench", AcceptWarnings: true));
        if (!outcome.Accepted) throw new InvalidOperationException($"{Path.GetFileName(file)}: {string.Join("\n", outcome.Errors.Take(5))}");
    }
}
