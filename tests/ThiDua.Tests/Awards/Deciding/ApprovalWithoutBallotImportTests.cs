using ThiDua.Import.Parsing;
using ThiDua.Tests.Import.Importing;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Awards.Deciding;

/// <summary>
/// An approval on a form with a <c>required_vote_share</c> whose ballot cells are left empty in a file that has the
/// ballot's columns is a warning to accept (the share cannot be checked); an older file without the columns, or a form
/// with no share, records it as before.
/// </summary>
public sealed class ApprovalWithoutBallotImportTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    [Fact]
    public async Task An_approval_with_empty_ballot_cells_on_a_form_requiring_a_share_is_a_warning_and_an_older_file_is_not()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        await ImportWorld.ClosedYearAsync(runtime);
        (await ProductDatabase.ImportAsync(runtime, ImportKind.AwardForms,
            "campaign;code;name;level;recipient;quota;required_vote_share\nCD2025;GK;Giấy khen của Giám đốc Sở;Giám đốc Sở;any;2;90\n")).Accepted.Should().BeTrue();
        var before = await DatabaseFingerprint.TakeAsync(db);
        const string file = "Phong trào;Hình thức;Đơn vị;Quyết định;Số phiếu tán thành;Số thành viên\n"
            + "CD2025;GK;D01;đồng ý;;\nCD2025;GK;D02;hoãn xét;;\n";

        var warned = await ProductDatabase.ImportAsync(runtime, ImportKind.AwardDecisions, file);

        warned.Accepted.Should().BeFalse("the share the form requires cannot be checked without the ballot");
        var warning = warned.Warnings.Should().ContainSingle("a deferral needs no share").Subject;
        (warning.Line, warning.Column, warning.Rule).Should().Be((2, "Số phiếu tán thành", "approved_without_vote"));
        warning.MessageVi.Should().Contain("Quyết định 'đồng ý' cho 'D01' nhưng để trống số phiếu (cột Số phiếu tán thành và Số thành viên), trong khi hình thức 'GK' yêu cầu ít nhất 90% tổng số thành viên Hội đồng đồng ý")
            .And.Contain("nhập lại với --accept-warnings");
        warning.MessageEn.Should().Contain("'D01' is recorded as approved with the ballot left empty");
        (await DatabaseFingerprint.TakeAsync(db)).Should().Be(before);
        (await ProductDatabase.ImportAsync(runtime, ImportKind.AwardDecisions, file, acceptWarnings: true)).Accepted.Should().BeTrue();
        (await ProductDatabase.ImportAsync(runtime, ImportKind.AwardDecisions, file)).Warnings.Should().BeEmpty("the same decision again records nothing");

        // A file without the ballot's columns (older files, the campaign page's one-decision form) never carries one.
        var older = await ProductDatabase.ImportAsync(runtime, ImportKind.AwardDecisions,
            "campaign;form;unit;decision;reference;date;note\nCD2025;GK;D02;approved;16/QĐ-SNV;;\n");
        older.Accepted.Should().BeTrue(string.Join("; ", older.Warnings.Select(w => w.MessageVi)));
    }
}
