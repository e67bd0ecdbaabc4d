using System.Globalization;
using System.Text;
using ThiDua.Hosting;
using ThiDua.Import.Parsing;
using ThiDua.Tests.Infrastructure;
using static ThiDua.Tests.Import.Importing.ImportWorld;

namespace ThiDua.Tests.Reliability;

/// <summary>
/// A campaign (KT2025, the year 2025) big enough for a 200,000-row measurements file: units U001–U100 each assigned
/// indicators I001–I170 (17,000 targets, room for 204,000 rows). Every value encodes its key and a generation
/// (<see cref="Value"/>), so a sum over the read model says exactly which file's values are in force.
/// </summary>
public static class BigWorld
{
    public const string Campaign = "KT2025";
    public const int Units = 100;
    public const int Indicators = 170;

    public static string Unit(int u) => "U" + u.ToString("000", CultureInfo.InvariantCulture);

    public static string Indicator(int i) => "I" + i.ToString("000", CultureInfo.InvariantCulture);

    /// <summary>Unique per key and per generation: g·10⁸ + u·10⁵ + i·10² + month.</summary>
    public static long Value(int generation, int u, int i, int month) => generation * 100_000_000L + u * 100_000L + i * 100L + month;

    public static async Task ImportDefinitionsAsync(ThiDuaRuntime runtime)
    {
        var units = new StringBuilder(UnitsHeader).Append("KORG;Sở Kiểm thử;collective;;\n");
        for (var u = 1; u <= Units; u++) units.Append(CultureInfo.InvariantCulture, $"{Unit(u)};Đơn vị {u};collective;KORG;K9\n");
        var indicators = new StringBuilder(IndicatorsHeader);
        for (var i = 1; i <= Indicators; i++) indicators.Append(CultureInfo.InvariantCulture, $"{Campaign};{Indicator(i)};Chỉ tiêu {i};lượt;at_least;sum;1\n");
        var targets = new StringBuilder(TargetsHeader);
        for (var u = 1; u <= Units; u++)
            for (var i = 1; i <= Indicators; i++) targets.Append(CultureInfo.InvariantCulture, $"{Campaign};{Indicator(i)};{Unit(u)};1000;;;\n");
        var files = new (ImportKind, string)[]
        {
            (ImportKind.Units, units.ToString()),
            (ImportKind.Campaigns, CampaignsHeader + $"{Campaign};Phong trào kiểm thử độ tin cậy 2025;annual;2025-01-01;2025-12-31;;2025-06;2025-12;;1,2\n"),
            (ImportKind.Indicators, indicators.ToString()),
            (ImportKind.Targets, targets.ToString()),
        };
        foreach (var (kind, csv) in files)
        {
            var outcome = await ProductDatabase.ImportAsync(runtime, kind, csv, fileName: "big-" + ImportKindNames.ToCliWord(kind) + ".csv");
            if (!outcome.Accepted) throw new InvalidOperationException($"{kind}: {string.Join("; ", outcome.Errors)}");
        }
    }

    /// <summary>Writes <paramref name="rows"/> measurement rows of <paramref name="generation"/> (unit by unit, indicator by indicator, month by month).</summary>
    public static void WriteMeasurements(string path, int rows, int generation)
    {
        if (rows > Units * Indicators * 12) throw new ArgumentOutOfRangeException(nameof(rows));
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16);
        writer.Write(MeasurementsHeader);
        var n = 0;
        for (var u = 1; u <= Units; u++)
            for (var i = 1; i <= Indicators; i++)
                for (var m = 1; m <= 12; m++)
                {
                    if (n++ == rows) return;
                    writer.Write(string.Create(CultureInfo.InvariantCulture, $"{Campaign};{Unit(u)};{Indicator(i)};2025-{m:00};{Value(generation, u, i, m)};\n"));
                }
    }

    /// <summary>The sum of every value of a file of <paramref name="rows"/> rows of <paramref name="generation"/>.</summary>
    public static decimal ExpectedSum(int rows, int generation)
    {
        decimal sum = 0;
        var n = 0;
        for (var u = 1; u <= Units; u++)
            for (var i = 1; i <= Indicators; i++)
                for (var m = 1; m <= 12; m++)
                {
                    if (n++ == rows) return sum;
                    sum += Value(generation, u, i, m);
                }
        return sum;
    }
}
