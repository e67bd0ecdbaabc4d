using System.Globalization;
using System.Text;
using ThiDua.Import.Importing;
using ThiDua.Import.Parsing;
using ThiDua.Registry;
using ThiDua.Tests.Infrastructure;
using static ThiDua.Tests.Import.Importing.ImportWorld;

namespace ThiDua.Tests.Import.Importing;

// Figures chosen to tell the files apart, not to look plausible: imported over their warnings.

/// <summary>
/// Concurrent imports whose outcomes depend on each other's rows — rows one leaves unchanged included — end as one
/// serial order of the files that committed: no write skew on measurements or targets, no cycle through two units
/// files, and files about disjoint keys of the same units all commit.
/// </summary>
public sealed class SerialImportTests(BulkWorldDatabase db) : IClassFixture<BulkWorldDatabase>
{
    // 40 units × 40 indicators × 12 months: rows identical to what is stored, so both files are still deciding when the other commits.
    private const int Padding = 19_200;
    private static readonly string PaddingRows = string.Concat(BulkMeasurementRows(Padding));

    [Fact]
    public async Task Two_measurement_files_that_each_leave_the_others_change_unchanged_end_as_one_serial_order()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, MeasurementsHeader + PaddingRows, acceptWarnings: true);
        for (var round = 1; round <= 3; round++)
        {
            await SetAsync(runtime, x: 5, y: 5);
            var outcomes = await Task.WhenAll(
                Task.Run(() => ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, File(x: 5, y: 77), fileName: "a.csv", acceptWarnings: true)),
                Task.Run(() => ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, File(x: 88, y: 5), fileName: "b.csv", acceptWarnings: true)));

            outcomes.Should().OnlyContain(o => o.Accepted, "imports wait for each other rather than fail");
            var stored = (await ValueAsync("D41"), await ValueAsync("D42"));
            stored.Should().BeOneOf([(88m, 5m), (5m, 77m)], "A then B gives X = 88, Y = 5; B then A gives X = 5, Y = 77 (round {0})", round);
        }
    }

    [Fact]
    public async Task Two_units_files_setting_each_others_parent_never_both_commit_a_cycle()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var padding = string.Concat(Enumerable.Range(1, 40).Select(u => $"{Unit(u)};Phòng {u};collective;ORG;K1\n"));
        var outcomes = await Task.WhenAll(
            Task.Run(() => ProductDatabase.ImportAsync(runtime, ImportKind.Units, UnitsHeader + padding + "D41;Phòng 41;collective;D42;K1\n", fileName: "a.csv", acceptWarnings: true)),
            Task.Run(() => ProductDatabase.ImportAsync(runtime, ImportKind.Units, UnitsHeader + padding + "D42;Phòng 42;collective;D41;K1\n", fileName: "b.csv", acceptWarnings: true)));

        outcomes.Count(o => o.Accepted).Should().Be(1);
        outcomes.Single(o => !o.Accepted).Errors.Should().ContainSingle().Which.MessageEn.Should().Contain("loops back");
        var parents = await ParentsAsync();
        (parents["D41"] == "D42" && parents["D42"] == "D41").Should().BeFalse("rm_units must stay a tree");
        await ProductDatabase.ImportAsync(runtime, ImportKind.Units, UnitsHeader + "D41;Phòng 41;collective;ORG;K1\nD42;Phòng 42;collective;ORG;K1\n");
    }

    [Fact]
    public async Task Two_targets_files_that_each_leave_the_others_change_unchanged_end_as_one_serial_order()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var padding = string.Concat(Enumerable.Range(1, 40).SelectMany(u => Enumerable.Range(1, 40).Select(i => $"CD2025;{Bulk(i)};{Unit(u)};1.000;;;\n")));
        string Targets(int x, int y) => TargetsHeader + padding + $"CD2025;B40;D41;{x};;;\nCD2025;B40;D42;{y};;;\n";
        await ProductDatabase.ImportAsync(runtime, ImportKind.Targets, Targets(1000, 1000));

        var outcomes = await Task.WhenAll(
            Task.Run(() => ProductDatabase.ImportAsync(runtime, ImportKind.Targets, Targets(1000, 77), fileName: "a.csv", acceptWarnings: true)),
            Task.Run(() => ProductDatabase.ImportAsync(runtime, ImportKind.Targets, Targets(88, 1000), fileName: "b.csv", acceptWarnings: true)));

        outcomes.Should().OnlyContain(o => o.Accepted);
        await using var conn = await db.DataSource.OpenConnectionAsync();
        var targets = (await RegistryQueries.TargetsAsync(conn, Campaign)).Where(t => t.Indicator == "B40").ToDictionary(t => t.Unit, t => t.Value);
        var stored = (targets["D41"], targets["D42"]);
        stored.Should().BeOneOf([(88m, 1000m), (1000m, 77m)]);
        await ProductDatabase.ImportAsync(runtime, ImportKind.Targets, Targets(1000, 1000));
    }

    [Fact]
    public async Task Eight_files_about_different_months_of_the_same_units_all_commit()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        // Every figure the files change is stored first, whichever of this class's tests ran before (a filtered run may run this one alone).
        await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, MeasurementsHeader + PaddingRows, acceptWarnings: true);
        var files = Enumerable.Range(1, 8).Select(month => MeasurementsHeader + string.Concat(
            Enumerable.Range(1, 40).SelectMany(u => Enumerable.Range(1, 5).Select(i =>
                string.Create(CultureInfo.InvariantCulture, $"CD2025;{Unit(u)};{Bulk(i)};2025-{month:00};{700 + month};\n"))))).ToList();

        var outcomes = await Task.WhenAll(files.Select((csv, i) => Task.Run(() => ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, csv, fileName: $"f{i}.csv", acceptWarnings: true))));

        outcomes.Should().OnlyContain(o => o.Accepted && o.Changed == 200);
        (await ScalarDecimalAsync("select count(*) from rm_measurements where campaign = 'CD2025' and value between 701 and 708 and period % 12 + 1 = value - 700"))
            .Should().Be(8 * 200);
        await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, MeasurementsHeader + PaddingRows, acceptWarnings: true);
    }

    private static string File(int x, int y) =>
        MeasurementsHeader + PaddingRows + $"CD2025;D41;B01;2025-06;{x};\nCD2025;D42;B01;2025-06;{y};\n";

    private static Task SetAsync(ThiDua.Hosting.ThiDuaRuntime runtime, int x, int y) =>
        ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, MeasurementsHeader + $"CD2025;D41;B01;2025-06;{x};\nCD2025;D42;B01;2025-06;{y};\n", acceptWarnings: true);

    private Task<decimal> ValueAsync(string unit) =>
        ScalarDecimalAsync($"select value from rm_measurements where campaign = 'CD2025' and unit = '{unit}' and indicator = 'B01' and period = {2025 * 12 + 5}");

    private async Task<decimal> ScalarDecimalAsync(string sql)
    {
        await using var cmd = db.DataSource.CreateCommand(sql);
        return Convert.ToDecimal(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private async Task<Dictionary<string, string?>> ParentsAsync()
    {
        await using var conn = await db.DataSource.OpenConnectionAsync();
        return (await RegistryQueries.UnitsAsync(conn)).ToDictionary(u => u.Code, u => u.Parent);
    }
}
