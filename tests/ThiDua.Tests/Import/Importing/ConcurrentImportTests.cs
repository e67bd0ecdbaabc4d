using System.Globalization;
using System.Text;
using ThiDua.Import.Importing;
using ThiDua.Import.Parsing;
using ThiDua.Tests.Infrastructure;
using static ThiDua.Tests.Import.Importing.ImportWorld;

namespace ThiDua.Tests.Import.Importing;

// Figures chosen to tell the files apart, not to look plausible: imported over their warnings.

/// <summary>Two imports of the same units' measurements at once: serial, or one refused; never a mix, never a lost update.</summary>
public sealed class ConcurrentImportTests(ImportWorldDatabase db) : IClassFixture<ImportWorldDatabase>
{
    private static readonly (string Unit, string Indicator)[] Keys = [("D01", "AL"), ("D01", "AM"), ("D02", "AL")];

    [Fact]
    public async Task Two_parallel_imports_of_different_values_end_as_one_of_the_serial_orders()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        for (var round = 1; round <= 8; round++)
        {
            var a = Values(round * 1000);
            var b = Values(round * 1000 + 500);
            var eventsBefore = await db.ScalarAsync("select count(*) from es_events");

            var outcomes = await Task.WhenAll(
                Task.Run(() => ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, Csv(a), fileName: "a.csv", acceptWarnings: true)),
                Task.Run(() => ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, Csv(b), fileName: "b.csv", acceptWarnings: true)));

            foreach (var o in outcomes.Where(o => !o.Accepted))
                o.Errors.Should().ContainSingle().Which.MessageEn.Should().Contain("Someone else changed the same data");
            outcomes.Should().Contain(o => o.Accepted, "at least one of two imports gets through");
            var stored = Shown(await StoredAsync());
            outcomes.Where(o => o.Accepted).Select(o => Shown(o.File == "a.csv" ? a : b)).Should()
                .Contain(stored, "the stored values are those of one whole accepted file (round {0})", round);
            (await db.ScalarAsync("select count(*) from es_events") - eventsBefore).Should().Be(outcomes.Sum(o => o.Events));
        }
    }

    private static Dictionary<string, decimal> Values(int start) =>
        Keys.SelectMany(k => Enumerable.Range(1, 12).Select(m => $"{k.Unit}/{k.Indicator}/{m}"))
            .Select((key, i) => (key, value: (decimal)(start + i))).ToDictionary(x => x.key, x => x.value);

    private static string Shown(Dictionary<string, decimal> values) =>
        string.Join(", ", values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}={v.Value.ToString(CultureInfo.InvariantCulture)}"));

    private static string Csv(Dictionary<string, decimal> values)
    {
        var sb = new StringBuilder(MeasurementsHeader);
        foreach (var (key, value) in values)
        {
            var parts = key.Split('/');
            sb.Append(CultureInfo.InvariantCulture, $"CD2025;{parts[0]};{parts[1]};2025-{int.Parse(parts[2], CultureInfo.InvariantCulture):00};{value};\n");
        }
        return sb.ToString();
    }

    private async Task<Dictionary<string, decimal>> StoredAsync()
    {
        var stored = new Dictionary<string, decimal>();
        await using var cmd = db.DataSource.CreateCommand("""
            select unit, indicator, period % 12 + 1, value from rm_measurements
            where campaign = 'CD2025' and (unit, indicator) in (('D01', 'AL'), ('D01', 'AM'), ('D02', 'AL'))
            """);
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            stored[$"{reader.GetString(0)}/{reader.GetString(1)}/{reader.GetInt32(2)}"] = reader.GetDecimal(3);
        return stored;
    }
}
