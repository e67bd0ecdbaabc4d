using ThiDua.Import.Parsing;
using ThiDua.Periods;
using ThiDua.Tests.Infrastructure;
using static ThiDua.Tests.Import.Importing.ImportWorld;

namespace ThiDua.Tests.Import.Importing;

/// <summary>A correction is the same key with another value: counted as changed, and the last value is the one used.</summary>
public sealed class CorrectionImportTests(ImportWorldDatabase db) : IClassFixture<ImportWorldDatabase>
{
    // The last month: AL is a flow (sum), judged on the whole year there (60 of 100), not pro-rated (60 in January
    // against 100 × 1/12 would be capped either way, and the correction would not show in the score).
    private static readonly YearMonth December = new(2025, 12);

    [Fact]
    public async Task A_correction_is_counted_as_changed_and_the_last_value_wins_in_attainment_and_ranking()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var ranking = await runtime.Analytics.RankingAsync(Campaign, December, null);
        ranking.Rows.Single(r => r.Unit == "D02").Score.Should().Be(60.00m);

        var outcome = await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, MeasurementsHeader + "CD2025;D02;AL;2025-01;90;đã sửa\n");

        (outcome.Created, outcome.Changed, outcome.Unchanged, outcome.Events).Should().Be((0, 1, 0, 1));
        var attainment = await runtime.Analytics.AttainmentAsync(Campaign, December, null);
        attainment.Rows.Single(r => r.Unit == "D02" && r.Indicator == "AL").Actual.Should().Be(90m);
        ranking = await runtime.Analytics.RankingAsync(Campaign, December, null);
        ranking.Rows.Single(r => r.Unit == "D02").Score.Should().Be(90.00m);
    }

    [Fact]
    public async Task Re_importing_an_identical_value_records_no_event()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var before = await DatabaseFingerprint.TakeAsync(db);

        var outcome = await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, MeasurementsHeader + "CD2025;D01;TK;2025-03;1;\n");

        outcome.Accepted.Should().BeTrue();
        (outcome.Created, outcome.Changed, outcome.Unchanged, outcome.Events).Should().Be((0, 0, 1, 0));
        (await DatabaseFingerprint.TakeAsync(db)).Should().Be(before);
    }

    [Fact]
    public async Task The_same_value_without_a_note_keeps_the_stored_note_and_a_new_note_is_a_correction()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var first = await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, MeasurementsHeader + "CD2025;D01;AL;2025-07;12;ước tính\n");
        var before = await DatabaseFingerprint.TakeAsync(db);

        var withoutNote = await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, "campaign;unit;indicator;period;value\nCD2025;D01;AL;2025-07;12\n");
        var emptyNote = await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, MeasurementsHeader + "CD2025;D01;AL;2025-07;12;\n");

        first.Created.Should().Be(1, string.Join("; ", first.Errors));
        (withoutNote.Changed, withoutNote.Unchanged, withoutNote.Events).Should().Be((0, 1, 0));
        (emptyNote.Changed, emptyNote.Unchanged, emptyNote.Events).Should().Be((0, 1, 0));
        (await DatabaseFingerprint.TakeAsync(db)).Should().Be(before);

        var newNote = await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, MeasurementsHeader + "CD2025;D01;AL;2025-07;12;số chính thức\n");

        (newNote.Changed, newNote.Events).Should().Be((1, 1));
        (await db.ScalarAsync("select count(*) from rm_measurements where unit = 'D01' and indicator = 'AL' and period = 2025 * 12 + 6 and note = 'số chính thức'"))
            .Should().Be(1);
    }

    [Fact]
    public async Task A_unit_whose_parent_comes_later_in_the_same_file_is_accepted()
    {
        await using var runtime = await db.OpenRuntimeAsync();

        var outcome = await ProductDatabase.ImportAsync(runtime, ImportKind.Units,
            UnitsHeader + "C1;Tổ Một;collective;C2;\nC2;Phòng Mới;collective;ORG;K1\n");

        outcome.Accepted.Should().BeTrue(string.Join("; ", outcome.Errors));
        outcome.Created.Should().Be(2);
        (await db.ScalarAsync("select count(*) from rm_units where code = 'C1' and definition->>'parent' = 'C2'")).Should().Be(1);
    }
}
