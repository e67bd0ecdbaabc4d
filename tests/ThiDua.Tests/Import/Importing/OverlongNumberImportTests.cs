using ThiDua.Import.Parsing;
using ThiDua.Tests.Infrastructure;
using static ThiDua.Tests.Import.Importing.ImportWorld;

namespace ThiDua.Tests.Import.Importing;

/// <summary>
/// A well-written number with more digits than a decimal holds (a cell pasted with its digits run together) is said to
/// be too large or too finely divided, as a 16-digit one is — not "not a number in the vi format", which sends the
/// clerk looking for a separator that is not wrong.
/// </summary>
public sealed class OverlongNumberImportTests(ImportWorldDatabase db) : IClassFixture<ImportWorldDatabase>
{
    [Theory]
    [InlineData("99999999999999999999999999999999", "too large (beyond 10^15)", "quá lớn (vượt quá 10^15)")]
    [InlineData("-99.999.999.999.999.999.999.999.999.999.999", "too large (beyond 10^15)", "quá lớn (vượt quá 10^15)")]
    [InlineData("0,00000000000000000000000000000000000000001", "has 41 decimals (at most 6", "có 41 chữ số thập phân (tối đa 6")]
    public async Task A_measurement_with_more_digits_than_a_decimal_holds_is_refused_for_its_size_and_nothing_is_written(string cell, string en, string vi)
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var before = await DatabaseFingerprint.TakeAsync(db);

        var outcome = await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, MeasurementsHeader + $"CD2025;D01;AL;2025-03;{cell};\n",
            acceptWarnings: true);

        outcome.Accepted.Should().BeFalse();
        var error = outcome.Errors.Should().ContainSingle().Subject;
        (error.Line, error.Column, error.Value).Should().Be((2, "value", cell));
        error.MessageEn.Should().Contain(en).And.NotContain("not a number");
        error.MessageVi.Should().Contain(vi).And.NotContain("không phải số");
        (await DatabaseFingerprint.TakeAsync(db)).Should().Be(before);
    }
}
