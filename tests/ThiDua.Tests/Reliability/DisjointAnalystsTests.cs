using ThiDua.Import.Parsing;
using ThiDua.Tests.Import.Importing;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Reliability;

/// <summary>The other side of the conflict rule: analysts on different units touch different streams and never refuse each other.</summary>
[Collection(ReliabilityCollection.Name)]
public sealed class DisjointAnalystsTests(BulkWorldDatabase db) : IClassFixture<BulkWorldDatabase>
{
    [Fact]
    public async Task Parallel_imports_of_different_units_never_conflict()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        for (var round = 1; round <= 3; round++)
        {
            var outcomes = await Task.WhenAll(Enumerable.Range(11, 8).Select(u => Task.Run(() =>
            {
                var csv = ImportWorld.MeasurementsHeader + string.Concat(Enumerable.Range(1, 12).Select(m =>
                    $"{ImportWorld.Campaign};{ImportWorld.Unit(u)};B01;2025-{m:00};{round * 100 + m};\n"));
                return ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, csv, fileName: $"own-unit-{u}-{round}.csv");
            })));

            outcomes.Should().OnlyContain(o => o.Accepted && o.Events == 12, "imports of different units touch different streams (round {0})", round);
        }
    }
}
