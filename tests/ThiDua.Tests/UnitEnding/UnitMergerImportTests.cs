using ThiDua.Import.Importing;
using ThiDua.Import.Parsing;
using ThiDua.Registry;
using ThiDua.Tests.Import.Importing;
using ThiDua.Tests.Infrastructure;
using static ThiDua.Tests.Import.Importing.ImportWorld;

namespace ThiDua.Tests.UnitEnding;

/// <summary>
/// units.csv's optional column <c>merged_into</c> (sáp nhập vào): a merged commune names the one that took it over, so its
/// page, its record and a figure sent for it after the end point there. The successor must be known, of the same kind, and
/// still exist in the month of the merger; a file without the column keeps the stored successor, as for the end itself.
/// </summary>
public sealed class UnitMergerImportTests(ImportWorldDatabase db) : IClassFixture<ImportWorldDatabase>
{
    private const string Header = "code;name;kind;parent;cluster;ended;merged_into\n";

    [Fact]
    public async Task A_merger_is_listed_by_a_dry_run_kept_without_the_column_and_cleared_with_the_end()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var dry = await ProductDatabase.ImportAsync(runtime, ImportKind.Units, Header + "M01;Xã Cũ;collective;ORG;K1;07/2025;M02\nM02;Xã Mới;collective;ORG;K1;;\n", dryRun: true);
        dry.Errors.Should().BeEmpty("the unit taken over into may come later in the same file");

        await UnitEndImportTests.ImportAsync(runtime, Header + "M01;Xã Cũ;collective;ORG;K1;07/2025;M02\nM02;Xã Mới;collective;ORG;K1;;\n");
        (await UnitOf("M01")).MergedInto.Should().Be("M02");
        var change = await ProductDatabase.ImportAsync(runtime, ImportKind.Units, Header + "M01;Xã Cũ;collective;ORG;K1;07/2025;ORG\n", dryRun: true);
        change.UnitChanges.Should().Equal(new UnitChange(2, "M01", "merged_into", "M02", "ORG") { UnitName = "Xã Cũ", OldName = "Xã Mới", NewName = "Sở Thử nghiệm" });

        await UnitEndImportTests.ImportAsync(runtime, "code;name;kind;parent;cluster;ended\nM01;Xã Cũ;collective;ORG;K1;07/2025\n");
        (await UnitOf("M01")).MergedInto.Should().Be("M02", "a file without the column changes no successor");

        await UnitEndImportTests.ImportAsync(runtime, "code;name;kind;parent;cluster;ended\nM01;Xã Cũ;collective;ORG;K1;\n");
        var reopened = await UnitOf("M01");
        (reopened.Ended, reopened.MergedInto).Should().Be((null, null), "a unit that exists again was merged into nothing");
    }

    [Theory]
    [InlineData("N01;Xã Một;collective;ORG;K1;;D01\n", 2, "merged_into", "không có tháng ngừng hoạt động")]
    [InlineData("N01;Xã Một;collective;ORG;K1;07/2025;XYZ\n", 2, "merged_into", "Không tìm thấy đơn vị tiếp nhận 'XYZ'")]
    [InlineData("N01;Xã Một;collective;ORG;K1;07/2025;P01\n", 2, "merged_into", "là tập thể nhưng đơn vị tiếp nhận 'P01' (Nguyễn Văn An) là cá nhân")]
    [InlineData("N01;Xã Một;collective;ORG;K1;07/2025;N01\n", 2, "merged_into", "không thể sáp nhập vào chính nó")]
    [InlineData("N01;Xã Một;collective;ORG;K1;07/2025;N02\nN02;Xã Hai;collective;ORG;K1;07/2025;\n", 2, "merged_into", "'N02' ngừng hoạt động từ tháng 07/2025")]
    [InlineData("N01;Xã Một;collective;ORG;K1;07/2025;N02\nN02;Xã Hai;collective;ORG;K1;09/2025;N01\n", 3, "merged_into", "'N01' ngừng hoạt động từ tháng 07/2025")]
    public async Task A_merger_into_a_unit_that_cannot_take_it_over_is_refused_and_nothing_is_written(string rows, int line, string column, string said)
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var outcome = await ProductDatabase.ImportAsync(runtime, ImportKind.Units, Header + rows);

        outcome.Accepted.Should().BeFalse();
        var error = outcome.Errors.Should().ContainSingle().Subject;
        (error.Line, error.Column).Should().Be((line, column));
        error.MessageVi.Should().Contain(said);
        error.MessageEn.Should().NotBeNullOrEmpty();
        (await UnitOf("N01", missing: true)).Should().BeNull();
    }

    [Fact]
    public async Task A_file_ending_a_successor_before_a_stored_merger_into_it_is_refused_on_the_successors_row()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        await UnitEndImportTests.ImportAsync(runtime, Header + "Q01;Xã Cũ;collective;ORG;K1;07/2025;Q02\nQ02;Xã Mới;collective;ORG;K1;;\n");

        var outcome = await ProductDatabase.ImportAsync(runtime, ImportKind.Units, Header + "Q02;Xã Mới;collective;ORG;K1;03/2025;\n");

        var error = outcome.Errors.Should().ContainSingle().Subject;
        (error.Line, error.Column, error.Value).Should().Be((2, "ended", "2025-03"));
        error.MessageVi.Should().StartWith("'Q01' (Xã Cũ) sáp nhập vào 'Q02' từ tháng 07/2025, nhưng 'Q02' ngừng hoạt động từ tháng 03/2025");
        (await UnitOf("Q02")).Ended.Should().BeNull();
    }

    [Fact]
    public async Task A_file_making_a_successor_a_person_is_refused_while_a_collective_is_merged_into_it()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        await UnitEndImportTests.ImportAsync(runtime, Header + "Q03;Xã Cũ 3;collective;ORG;K1;07/2025;Q04\nQ04;Xã Mới 4;collective;ORG;K1;;\n");

        var outcome = await ProductDatabase.ImportAsync(runtime, ImportKind.Units, "code;name;kind;parent\nQ04;Nguyễn Văn Bốn;individual;ORG\n");

        var error = outcome.Errors.Should().ContainSingle().Subject;
        (error.Line, error.Column, error.Value).Should().Be((2, "kind", "individual"));
        error.MessageVi.Should().StartWith("'Q03' (Xã Cũ 3), tập thể, đã sáp nhập vào 'Q04': 'Q04' phải giữ loại tập thể.");
        (await UnitOf("Q04")).Kind.Should().Be(ThiDua.Units.UnitKind.Collective);
    }

    [Fact]
    public async Task A_figure_sent_after_a_merger_names_the_unit_that_took_it_over()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        await UnitEndImportTests.ImportAsync(runtime, Header + "D01;Phòng 1;collective;ORG;K1;08/2025;D02\n");

        var october = await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, MeasurementsHeader + "CD2025;D01;AL;2025-10;13;\n", acceptWarnings: true);

        var error = october.Errors.Should().ContainSingle().Subject;
        error.MessageVi.Should().Contain("Ghi số liệu cho đơn vị đã tiếp nhận ('D02' — Phòng 2), bỏ dòng này");
        error.MessageEn.Should().Contain("Send it for the unit that took over ('D02' — Phòng 2)");
        await UnitEndImportTests.ImportAsync(runtime, Header + "D01;Phòng 1;collective;ORG;K1;;\n");
    }

    private async Task<ThiDua.Units.Unit> UnitOf(string unit, bool missing = false)
    {
        await using var conn = await db.DataSource.OpenConnectionAsync();
        var found = await RegistryQueries.UnitAsync(conn, unit);
        if (!missing) found.Should().NotBeNull();
        return found!;
    }
}
