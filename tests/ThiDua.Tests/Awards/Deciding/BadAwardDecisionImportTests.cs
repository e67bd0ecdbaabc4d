using ThiDua.Import.Parsing;
using ThiDua.Tests.Import.Importing;
using ThiDua.Tests.Infrastructure;
using static ThiDua.Tests.Import.Importing.ImportWorld;

namespace ThiDua.Tests.Awards.Deciding;

/// <summary>award_decisions.csv's line-level errors: an unknown form, a unit that is not the form's candidate, an unknown decision word.</summary>
public sealed class BadAwardDecisionImportTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    private const string Header = "campaign;form;unit;decision;reference;date;note\n";

    [Fact]
    public async Task An_unknown_form_or_a_unit_that_is_not_its_candidate_is_named_on_its_line_and_nothing_is_written()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        await ImportWorld.ClosedYearAsync(runtime);
        var before = await DatabaseFingerprint.TakeAsync(db);

        var bad = await ProductDatabase.ImportAsync(runtime, ImportKind.AwardDecisions, Header
            + "CD2025;GK;P01;rejected;;;\n"
            + "CD2025;CSTD;D01;approved;;;\n"
            + "CD2025;GK;ORG;approved;;;\n"
            + "CD2025;GK;D02;đồng ý lắm;;;\n");

        bad.Accepted.Should().BeFalse();
        bad.Errors.Select(e => (e.Line, e.Column)).Should().Equal((3, "form"), (4, "unit"), (5, "decision"));
        bad.Errors[0].MessageEn.Should().Contain("Unknown award form 'CSTD' in campaign CD2025");
        bad.Errors[1].MessageVi.Should().Contain("'ORG' không có trong danh sách xét hình thức 'GK'");
        bad.Errors[1].MessageEn.Should().Contain("is not a candidate of form 'GK'");
        (await DatabaseFingerprint.TakeAsync(db)).Should().Be(before);
    }
}
