using ThiDua.Import.Parsing;
using ThiDua.Tests.Infrastructure;
using static ThiDua.Tests.Import.Importing.ImportWorld;

namespace ThiDua.Tests.Import.Importing;

/// <summary>The file's number culture decides what <c>1.110</c> means, all the way into the database.</summary>
public sealed class CultureImportTests(ImportWorldDatabase db) : IClassFixture<ImportWorldDatabase>
{
    [Theory]
    [InlineData(NumberCulture.Vi, "2025-04", "1.110", "1110")]
    [InlineData(NumberCulture.En, "2025-05", "1.110", "1.11")]
    [InlineData(NumberCulture.Vi, "2025-06", "\"1.110.000,5\"", "1110000.5")]
    [InlineData(NumberCulture.En, "2025-07", "\"1,110,000.5\"", "1110000.5")]
    [InlineData(NumberCulture.Vi, "2025-08", "96%", "96")]
    public async Task A_number_is_read_in_the_culture_of_the_file(NumberCulture culture, string period, string cell, string stored)
    {
        await using var runtime = await db.OpenRuntimeAsync();

        // 1.110 beside 1,11 in other months is exactly what the plausibility warnings catch: accepted, this is about parsing.
        var outcome = await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, MeasurementsHeader + $"CD2025;D01;AL;{period};{cell};\n", culture: culture,
            acceptWarnings: true);

        outcome.Accepted.Should().BeTrue(string.Join("; ", outcome.Errors));
        var month = int.Parse(period[5..], System.Globalization.CultureInfo.InvariantCulture);
        (await db.ScalarAsync($"select count(*) from rm_measurements where unit = 'D01' and indicator = 'AL' and period = 2025 * 12 + {month - 1} and value = {stored}"))
            .Should().Be(1);
    }
}
