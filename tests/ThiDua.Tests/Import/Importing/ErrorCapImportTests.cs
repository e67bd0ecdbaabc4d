using System.Text;
using ThiDua.Import.Parsing;
using ThiDua.Tests.Infrastructure;
using static ThiDua.Tests.Import.Importing.ImportWorld;

namespace ThiDua.Tests.Import.Importing;

/// <summary>
/// A broken file's errors — the parser's and the importer's together — are listed by line, at most 1,000, and the
/// "and N more" entry comes last and counts both kinds.
/// </summary>
public sealed class ErrorCapImportTests(BulkWorldDatabase db) : IClassFixture<BulkWorldDatabase>
{
    [Fact]
    public async Task Parser_and_importer_errors_are_capped_together_with_the_summary_last()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var before = await DatabaseFingerprint.TakeAsync(db);
        var content = new StringBuilder(MeasurementsHeader);
        // Lines 2, 4, …: an unknown campaign (the importer's error); lines 3, 5, …: month 13 (the parser's).
        for (var i = 0; i < 700; i++) content.Append("KHONG_CO;D01;B01;2025-01;1;\n").Append("CD2025;D01;B01;2025-13;1;\n");

        var outcome = await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, content.ToString());

        outcome.Accepted.Should().BeFalse();
        outcome.Errors.Should().HaveCount(CsvImportReader.DefaultMaxErrors + 1);
        outcome.Errors.Take(4).Select(e => (e.Line, e.Column)).Should().Equal((2, "campaign"), (3, "period"), (4, "campaign"), (5, "period"));
        outcome.Errors[^2].Line.Should().Be(1001);
        outcome.Errors[^1].Line.Should().Be(0);
        outcome.Errors[^1].MessageEn.Should().Contain("and 400 more errors");
        (await DatabaseFingerprint.TakeAsync(db)).Should().Be(before);
    }
}
