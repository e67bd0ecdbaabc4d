using ThiDua.Import.Parsing;
using ThiDua.Tests.Infrastructure;
using static ThiDua.Tests.Import.Importing.ImportWorld;

namespace ThiDua.Tests.Import.Importing;

/// <summary><c>--dry-run</c>: the same validation and counts as a real import, nothing written.</summary>
public sealed class DryRunImportTests(ImportWorldDatabase db) : IClassFixture<ImportWorldDatabase>
{
    [Fact]
    public async Task A_dry_run_of_units_reports_created_changed_and_unchanged_and_writes_nothing()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var before = await DatabaseFingerprint.TakeAsync(db);
        var csv = UnitsHeader + "ORG;Sở Thử nghiệm;collective;;\nD01;Phòng Một (đổi tên);collective;ORG;K1\nD02;Phòng 2;collective;ORG;K1\nX9;Phòng mới;collective;ORG;K2\n";

        var outcome = await ProductDatabase.ImportAsync(runtime, ImportKind.Units, csv, dryRun: true);

        outcome.Accepted.Should().BeTrue(string.Join("; ", outcome.Errors));
        outcome.DryRun.Should().BeTrue();
        outcome.Written.Should().BeFalse();
        (outcome.Rows, outcome.Created, outcome.Changed, outcome.Unchanged).Should().Be((4, 1, 1, 2));
        (await DatabaseFingerprint.TakeAsync(db)).Should().Be(before);
    }

    [Fact]
    public async Task A_dry_run_of_measurements_reports_what_would_change_and_writes_nothing()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var before = await DatabaseFingerprint.TakeAsync(db);
        var csv = MeasurementsHeader + "CD2025;D01;AL;2025-01;10;\nCD2025;D02;AL;2025-01;65;\nCD2025;D01;AL;2025-02;20;\n";

        var outcome = await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, csv, dryRun: true);

        outcome.Accepted.Should().BeTrue(string.Join("; ", outcome.Errors));
        (outcome.Created, outcome.Changed, outcome.Unchanged).Should().Be((1, 1, 1));
        outcome.Written.Should().BeFalse();
        (await DatabaseFingerprint.TakeAsync(db)).Should().Be(before);
    }

    [Fact]
    public async Task A_dry_run_of_a_bad_file_lists_the_errors_and_writes_nothing()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var before = await DatabaseFingerprint.TakeAsync(db);

        var outcome = await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, MeasurementsHeader + "CD2025;D99;AL;2025-01;1;\n", dryRun: true);

        outcome.Accepted.Should().BeFalse();
        outcome.Errors.Should().ContainSingle(e => e.Line == 2 && e.Column == "unit");
        (await DatabaseFingerprint.TakeAsync(db)).Should().Be(before);
    }
}
