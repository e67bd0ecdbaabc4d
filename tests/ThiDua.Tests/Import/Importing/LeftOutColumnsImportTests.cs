using ThiDua.Import.Parsing;
using ThiDua.Tests.Infrastructure;
using static ThiDua.Tests.Import.Importing.ImportWorld;

namespace ThiDua.Tests.Import.Importing;

/// <summary>
/// An optional column left out of a file keeps what is stored (a units file without "cluster" does not clear every
/// cluster); an empty cell in a column the file has clears it.
/// </summary>
public sealed class LeftOutColumnsImportTests(ImportWorldDatabase db) : IClassFixture<ImportWorldDatabase>
{
    [Fact]
    public async Task A_unit_renamed_by_a_file_without_parent_and_cluster_keeps_both()
    {
        await using var runtime = await db.OpenRuntimeAsync();

        var outcome = await ProductDatabase.ImportAsync(runtime, ImportKind.Units, "code;name;kind\nD01;Phòng Một (tên mới);collective\n");

        (outcome.Changed, outcome.Events).Should().Be((1, 1), string.Join("; ", outcome.Errors));
        (await db.ScalarAsync("""
            select count(*) from rm_units
            where code = 'D01' and definition->>'name' = 'Phòng Một (tên mới)' and definition->>'parent' = 'ORG' and definition->>'cluster' = 'K1'
            """)).Should().Be(1);
    }

    [Fact]
    public async Task An_empty_cell_in_a_column_the_file_has_clears_the_value()
    {
        await using var runtime = await db.OpenRuntimeAsync();

        var outcome = await ProductDatabase.ImportAsync(runtime, ImportKind.Units, UnitsHeader + "D02;Phòng 2;collective;ORG;\n");

        outcome.Changed.Should().Be(1, string.Join("; ", outcome.Errors));
        (await db.ScalarAsync("select count(*) from rm_units where code = 'D02' and definition->>'cluster' is null")).Should().Be(1);
    }

    [Fact]
    public async Task Files_without_their_optional_columns_change_nothing_that_is_stored()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var before = await DatabaseFingerprint.TakeAsync(db);

        // Each file repeats stored rows without the optional columns: the baseline of a reduce_by target, the weight,
        // the initiative, the form's criteria and the campaign's review months stay, so nothing changes.
        var outcomes = new[]
        {
            await ProductDatabase.ImportAsync(runtime, ImportKind.Campaigns, "code;name;kind;start;end\nCD2025;Phong trào thi đua thử 2025;annual;2025-01-01;2025-12-31\n"),
            await ProductDatabase.ImportAsync(runtime, ImportKind.Indicators, "campaign;code;name;direction;aggregation\nCD2025;AM;Tỷ lệ hộ nghèo;at_most;latest\n"),
            await ProductDatabase.ImportAsync(runtime, ImportKind.Targets, "campaign;indicator;unit;target\nCD2025;RB;D01;5\nCD2025;TK;D01;1\n"),
            await ProductDatabase.ImportAsync(runtime, ImportKind.Ratings, "campaign;unit;rating\nCD2025;P01;excellent\n"),
            await ProductDatabase.ImportAsync(runtime, ImportKind.AwardForms, "campaign;code;name;recipient;quota\nCD2025;GK;Giấy khen của Giám đốc Sở;any;2\n"),
        };

        outcomes.Should().AllSatisfy(o => (o.Accepted, o.Changed, o.Events).Should().Be((true, 0, 0), string.Join("; ", o.Errors)));
        (await DatabaseFingerprint.TakeAsync(db)).Should().Be(before);
    }

    [Fact]
    public async Task A_new_target_without_the_baseline_column_still_needs_one()
    {
        await using var runtime = await db.OpenRuntimeAsync();

        var outcome = await ProductDatabase.ImportAsync(runtime, ImportKind.Targets, "campaign;indicator;unit;target\nCD2025;RB;D02;5\n");

        outcome.Accepted.Should().BeFalse();
        outcome.Errors.Should().ContainSingle().Which.Column.Should().Be("baseline");
    }
}
