using ThiDua.Awards.Deciding;
using ThiDua.Import.Parsing;
using ThiDua.Tests.Import.Importing;
using ThiDua.Tests.Infrastructure;
using static ThiDua.Tests.Import.Importing.ImportWorld;

namespace ThiDua.Tests.Awards.Deciding;

/// <summary>
/// One meeting, one council, across files: a row whose <c>council_members</c> differs from a decision stored by an
/// earlier file for the same meeting (same campaign and date, or same act) is refused naming that decision; a file
/// that records every stored decision of the meeting again with the new size corrects it.
/// </summary>
public sealed class StoredCouncilSizeImportTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    private const string Header = "campaign;form;unit;decision;reference;date;note;votes_for;council_members\n";

    [Fact]
    public async Task A_second_file_giving_the_same_meeting_another_council_size_is_refused_naming_the_stored_decision()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        await ImportWorld.ClosedYearAsync(runtime);
        var first = await ProductDatabase.ImportAsync(runtime, ImportKind.AwardDecisions, Header
            + "CD2025;GK;D01;approved;15/QĐ-SNV;15/01/2026;;10;11\n"
            + "CD2025;GK;D02;deferred;15/QĐ-SNV;15/01/2026;;5;11\n");
        first.Accepted.Should().BeTrue(string.Join("; ", first.Errors));
        var before = await DatabaseFingerprint.TakeAsync(db);

        var sameDay = await ProductDatabase.ImportAsync(runtime, ImportKind.AwardDecisions, Header + "CD2025;GK;P01;rejected;;15/01/2026;;3;12\n");

        sameDay.Accepted.Should().BeFalse();
        var error = sameDay.Errors.Should().ContainSingle().Subject;
        (error.Line, error.Column, error.Value).Should().Be((2, "council_members", "12"));
        error.MessageVi.Should().Contain("Số thành viên Hội đồng (council_members) ở dòng 2 là 12, nhưng quyết định đã ghi trước đây của cùng cuộc họp ngày 15/01/2026 — đơn vị 'D01', hình thức 'GK', do test ghi lúc ")
            .And.Contain("— có 11 thành viên: một cuộc họp chỉ có một Hội đồng")
            .And.Contain("gửi lại trong cùng tệp này mọi quyết định của cuộc họp đó").And.Contain("ghi ngày của từng cuộc họp ở cột date");
        error.MessageEn.Should().Contain("but the decision already recorded for the same meeting on 2026-01-15 — unit 'D01', form 'GK', recorded by test at ")
            .And.Contain("gives 11: one meeting has one council");
        (await DatabaseFingerprint.TakeAsync(db)).Should().Be(before);

        // The same act, whatever the date written; the file's own header is named.
        var sameAct = await ProductDatabase.ImportAsync(runtime, ImportKind.AwardDecisions,
            "Phong trào;Hình thức;Đơn vị;Quyết định;reference;Số phiếu tán thành;Số thành viên\nCD2025;GK;P01;approved;15/QĐ-SNV;10;13\n");
        var act = sameAct.Errors.Should().ContainSingle().Subject;
        (act.Column, act.Value).Should().Be(("Số thành viên", "13"));
        act.MessageVi.Should().Contain("Số thành viên Hội đồng (Số thành viên) ở dòng 2 là 13, nhưng quyết định đã ghi trước đây của cùng quyết định số 15/QĐ-SNV")
            .And.NotContain("hai cuộc họp khác nhau");

        // Another meeting may have another council.
        var otherDay = await ProductDatabase.ImportAsync(runtime, ImportKind.AwardDecisions, Header + "CD2025;GK;P01;approved;16/QĐ-SNV;20/03/2026;;12;12\n", dryRun: true);
        otherDay.Accepted.Should().BeTrue(string.Join("; ", otherDay.Errors));
    }

    [Fact]
    public async Task A_meetings_size_is_corrected_by_sending_all_its_decisions_again_and_not_by_one_of_them()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        await ImportWorld.ClosedYearAsync(runtime);
        (await ProductDatabase.ImportAsync(runtime, ImportKind.AwardDecisions, Header
            + "CD2025;GK;D01;approved;;15/01/2026;;10;11\n"
            + "CD2025;GK;D02;deferred;;15/01/2026;;5;11\n")).Accepted.Should().BeTrue();

        // One decision corrected alone leaves the meeting with two sizes: the other stored one is named.
        var one = await ProductDatabase.ImportAsync(runtime, ImportKind.AwardDecisions, Header + "CD2025;GK;D01;approved;;15/01/2026;;10;12\n");
        one.Errors.Should().ContainSingle().Which.MessageVi.Should().Contain("đơn vị 'D02', hình thức 'GK'");

        // Every stored decision of the meeting re-sent with the new size (the one corrected last in the file): accepted.
        var all = await ProductDatabase.ImportAsync(runtime, ImportKind.AwardDecisions, Header
            + "CD2025;GK;D01;approved;;15/01/2026;;10;12\n"
            + "CD2025;GK;D02;deferred;;15/01/2026;;5;12\n");
        all.Accepted.Should().BeTrue(string.Join("; ", all.Errors));
        var decisions = AwardDecisions.Current((await runtime.Analytics.AwardsAsync(Campaign, null)).Snapshot.Decisions);
        decisions.Values.Select(d => (d.Unit, d.CouncilMembers)).Should().BeEquivalentTo([("D01", (int?)12), ("D02", (int?)12)]);
    }
}
