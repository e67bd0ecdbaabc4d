using System.Text.Json;
using ThiDua.Cli.Importing;
using ThiDua.Import.Importing;
using ThiDua.Import.Parsing;
using ThiDua.Tests.Infrastructure;
using static ThiDua.Tests.Import.Importing.ImportWorld;

namespace ThiDua.Tests.Import.Importing;

/// <summary>
/// A restructuring's units file re-names, re-parents and re-clusters many units: its dry run lists each field it would
/// change in a stored unit, old → new — counted only ("changed: 37") before, so the file could not be read before it
/// was confirmed.
/// </summary>
public sealed class UnitChangesDryRunTests(ImportWorldDatabase db) : IClassFixture<ImportWorldDatabase>
{
    private const string Moved = UnitsHeader + "D01;Phòng Một;collective;D02;\nD02;Phòng 2;collective;ORG;K1\nX9;Xã mới;collective;ORG;K1\n";

    [Fact]
    public async Task A_dry_run_lists_each_field_a_units_file_changes_old_to_new_and_nothing_for_a_new_or_unchanged_unit()
    {
        await using var runtime = await db.OpenRuntimeAsync();

        var outcome = await ProductDatabase.ImportAsync(runtime, ImportKind.Units, Moved, dryRun: true);

        outcome.Accepted.Should().BeTrue(string.Join("\n", outcome.Errors));
        outcome.UnitChanges.Should().Equal(
            new UnitChange(2, "D01", "name", "Phòng 1", "Phòng Một") { UnitName = "Phòng Một" },
            new UnitChange(2, "D01", "parent", "ORG", "D02") { UnitName = "Phòng Một", OldName = "Sở Thử nghiệm", NewName = "Phòng 2" },
            new UnitChange(2, "D01", "cluster", "K1", null) { UnitName = "Phòng Một" });
        var json = JsonDocument.Parse(JsonSerializer.Serialize(outcome)).RootElement.GetProperty("unit_changes");
        json[1].GetProperty("field").GetString().Should().Be("parent");
        json[1].GetProperty("new_name").GetString().Should().Be("Phòng 2");
        json[2].TryGetProperty("old_name", out _).Should().BeFalse("only a parent change names its parents");
        json[2].GetProperty("new").ValueKind.Should().Be(JsonValueKind.Null);
        var said = new StringWriter();
        ImportReport.Write(outcome, said);
        said.ToString().Should().Contain("  Thay đổi đơn vị / unit changes (3):\n")
            .And.Contain("  Dòng/line 2: D01 (Phòng Một): Đơn vị cha/parent: ORG (Sở Thử nghiệm) → D02 (Phòng 2)\n")
            .And.Contain("  Dòng/line 2: D01 (Phòng Một): Cụm thi đua/cluster: K1 → (trống/none)\n");
    }

    [Fact]
    public async Task Another_kind_of_file_and_a_units_file_changing_nothing_carry_no_unit_changes()
    {
        await using var runtime = await db.OpenRuntimeAsync();

        var same = await ProductDatabase.ImportAsync(runtime, ImportKind.Units, UnitsHeader + "D02;Phòng 2;collective;ORG;K1\n", dryRun: true);
        var figures = await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, ImportWorld.Measurements, dryRun: true);

        same.UnitChanges.Should().BeNull();
        figures.UnitChanges.Should().BeNull();
        JsonSerializer.Serialize(figures).Should().NotContain("unit_changes", "the outcome's JSON is as before for every other file");
    }
}
