using ThiDua.Import.Importing;
using ThiDua.Import.Parsing;
using ThiDua.Periods;
using ThiDua.Registry;
using ThiDua.Tests.Import.Importing;
using ThiDua.Tests.Infrastructure;
using static ThiDua.Tests.Import.Importing.ImportWorld;

namespace ThiDua.Tests.UnitEnding;

/// <summary>
/// units.csv's optional column <c>ended</c> (ngừng hoạt động từ tháng): a month ends a unit, an empty cell reopens it,
/// a file without the column leaves every stored end as it was (as for parent and cluster).
/// </summary>
public sealed class UnitEndImportTests(ImportWorldDatabase db) : IClassFixture<ImportWorldDatabase>
{
    private const string Header = "code;name;kind;parent;cluster;ended\n";

    [Fact]
    public async Task A_dry_run_lists_the_end_as_a_change_of_the_stored_unit()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var outcome = await ProductDatabase.ImportAsync(runtime, ImportKind.Units, Header + "D02;Phòng 2;collective;ORG;K1;07/2025\n", dryRun: true);

        outcome.Accepted.Should().BeTrue();
        outcome.UnitChanges.Should().Equal(new UnitChange(2, "D02", "ended", null, "2025-07") { UnitName = "Phòng 2" });
    }

    [Fact]
    public async Task An_end_is_kept_by_a_file_without_the_column_and_cleared_by_an_empty_cell()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        await ImportAsync(runtime, Header + "E01;Xã Cũ;collective;ORG;K1;2025-07\n");
        (await EndOf("E01")).Should().Be(new YearMonth(2025, 7));

        await ImportAsync(runtime, UnitsHeader + "E01;Xã Cũ (đổi tên);collective;ORG;K1\n");
        (await EndOf("E01")).Should().Be(new YearMonth(2025, 7), "a file without the column changes no unit's end");

        await ImportAsync(runtime, Header + "E01;Xã Cũ (đổi tên);collective;ORG;K1;\n");
        (await EndOf("E01")).Should().BeNull("an empty cell says the unit exists again");
    }

    [Theory]
    [InlineData("13/2025", "13/2025")]
    [InlineData("01/07/2025", "là một ngày, không phải tháng: ghi tháng, ví dụ 07/2025")]
    public async Task A_wrong_month_is_refused_naming_the_column_and_nothing_is_written(string cell, string said)
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var outcome = await ProductDatabase.ImportAsync(runtime, ImportKind.Units, Header + $"E02;Xã Lỗi;collective;ORG;K1;{cell}\n");

        outcome.Accepted.Should().BeFalse();
        var error = outcome.Errors.Should().ContainSingle().Subject;
        (error.Line, error.Column).Should().Be((2, "ended"));
        error.MessageVi.Should().Contain(said);
        error.MessageEn.Should().NotBeNullOrEmpty();
        (await EndOf("E02", missing: true)).Should().BeNull();
    }

    [Fact]
    public async Task A_new_figure_for_a_month_after_the_end_is_refused_and_the_same_figure_sent_again_passes()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var september = MeasurementsHeader + "CD2025;D01;AL;2025-09;12;\n";
        (await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, september, acceptWarnings: true)).Accepted.Should().BeTrue();
        await ImportAsync(runtime, Header + "D01;Phòng 1;collective;ORG;K1;08/2025\n");

        var again = await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, september, acceptWarnings: true);
        var october = await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, MeasurementsHeader + "CD2025;D01;AL;2025-10;13;\n", acceptWarnings: true);
        var july = await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, MeasurementsHeader + "CD2025;D01;AL;2025-07;11;\n", acceptWarnings: true);

        again.Errors.Should().BeEmpty("a whole year's file sent again changes nothing after the end");
        october.Accepted.Should().BeFalse();
        var error = october.Errors.Should().ContainSingle().Subject;
        (error.Line, error.Column, error.Value).Should().Be((2, "unit", "D01"));
        error.MessageVi.Should().Be("Đơn vị 'D01' (Phòng 1) đã ngừng hoạt động từ tháng 08/2025 (cột ended của units.csv): số liệu tháng 10/2025 "
            + "của đơn vị này không được tính. Ghi số liệu cho đơn vị đã tiếp nhận, bỏ dòng này, hoặc nhập lại units.csv nếu tháng ngừng hoạt động bị ghi sai.");
        error.MessageEn.Should().StartWith("Unit 'D01' (Phòng 1) has ended from 2025-08");
        july.Errors.Should().BeEmpty();
        july.Accepted.Should().BeTrue();
    }

    /// <summary>Imports a units file that must be accepted without errors.</summary>
    internal static async Task ImportAsync(ThiDua.Hosting.ThiDuaRuntime runtime, string csv)
    {
        var outcome = await ProductDatabase.ImportAsync(runtime, ImportKind.Units, csv);
        outcome.Errors.Should().BeEmpty();
        outcome.Accepted.Should().BeTrue();
    }

    private async Task<YearMonth?> EndOf(string unit, bool missing = false)
    {
        await using var conn = await db.DataSource.OpenConnectionAsync();
        var found = (await RegistryQueries.UnitsAsync(conn)).SingleOrDefault(u => u.Code == unit);
        if (!missing) found.Should().NotBeNull();
        return found?.Ended;
    }
}
