using ThiDua.Import.Parsing;
using ThiDua.Tests.Infrastructure;
using static ThiDua.Tests.Import.Importing.ImportWorld;

namespace ThiDua.Tests.Import.Importing;

/// <summary>
/// A key repeated in one file is checked against its first row wherever that row is: in the same batch of 5,000
/// or many batches earlier (the import keeps, for each target and month of the file, its first row's line and value).
/// </summary>
public sealed class RepeatedRowsImportTests(BulkWorldDatabase db) : IClassFixture<BulkWorldDatabase>
{
    [Fact]
    public async Task An_identical_row_repeated_batches_later_is_imported_once()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var rows = BulkMeasurementRows(12_000).ToList();
        var content = MeasurementsHeader + string.Concat(rows) + rows[3] + rows[11_999];

        var outcome = await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, content, dryRun: true);

        outcome.Accepted.Should().BeTrue(string.Join("; ", outcome.Errors));
        (outcome.Rows, outcome.Created + outcome.Changed + outcome.Unchanged).Should().Be((12_002, 12_000));
    }

    [Fact]
    public async Task Conflicting_repeats_are_reported_with_their_first_line_even_after_another_error()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var before = await DatabaseFingerprint.TakeAsync(db);
        var rows = BulkMeasurementRows(12_000).ToList();
        // Line 2 names an unknown unit; line 5 (rows[3]) comes back changed 12,000 lines later, and twice in the last batch.
        var content = MeasurementsHeader + "CD2025;KHONG_CO;B01;2025-01;1;\n" + string.Concat(rows)
            + rows[3].Replace(";4;", ";40;", StringComparison.Ordinal) + rows[5] + rows[5].Replace(";6;", ";60;", StringComparison.Ordinal);

        var outcome = await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, content);

        outcome.Accepted.Should().BeFalse();
        outcome.Errors.Select(e => (e.Line, e.Column)).Should().Equal((2, "unit"), (12_003, "value"), (12_005, "value"));
        outcome.Errors.Skip(1).Select(e => e.Value).Should().Equal("40", "60"); // the cell in conflict, not the key
        outcome.Errors[1].MessageEn.Should().Contain("already appears on line 6");
        outcome.Errors[2].MessageEn.Should().Contain("already appears on line 8");
        (await DatabaseFingerprint.TakeAsync(db)).Should().Be(before);
    }

    [Fact]
    public async Task The_same_value_with_another_note_is_a_conflict_and_another_month_is_not_a_repeat()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var content = MeasurementsHeader
            + "CD2025;D01;B01;2025-01;7;đã kiểm tra\n" + "CD2025;D01;B01;2025-02;7;đã kiểm tra\n"
            + "CD2025;D01;B01;2025-01;7;đã kiểm tra\n" + "CD2025;D01;B01;2025-01;7;\n";

        var outcome = await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, content, dryRun: true);

        outcome.Errors.Select(e => (e.Line, e.Column, e.Value)).Should().Equal((5, "value", "7"));
        outcome.Errors[0].MessageEn.Should().Contain("'D01/B01/2025-01' already appears on line 2");
    }
}
