using ThiDua.Import.Parsing;
using ThiDua.Tests.Import.Importing;
using ThiDua.Tests.Infrastructure;
using static ThiDua.Tests.Import.Importing.ImportWorld;

namespace ThiDua.Tests.Awards.Deciding;

/// <summary>
/// One meeting, one council: rows of award_decisions recording the same meeting (same date, or same act number, or
/// neither in one campaign) with different <c>council_members</c> are a typo — refused naming both lines and values;
/// two meetings on different dates may have councils of different sizes.
/// </summary>
public sealed class CouncilSizeImportTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    private const string Header = "campaign;form;unit;decision;reference;date;note;votes_for;council_members\n";

    [Fact]
    public async Task Two_council_sizes_for_one_meeting_are_refused_naming_both_lines_and_two_meetings_are_not()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        await ImportWorld.ClosedYearAsync(runtime);
        var before = await DatabaseFingerprint.TakeAsync(db);

        var sameDay = await ProductDatabase.ImportAsync(runtime, ImportKind.AwardDecisions, Header
            + "CD2025;GK;D01;approved;15/QĐ-SNV;15/01/2026;;10;11\n"
            + "CD2025;GK;D02;rejected;;15/01/2026;;3;12\n");

        sameDay.Accepted.Should().BeFalse();
        var error = sameDay.Errors.Should().ContainSingle().Subject;
        (error.Line, error.Column, error.Value).Should().Be((3, "council_members", "12"));
        error.MessageVi.Should().Contain("ở dòng 3 là 12, nhưng dòng 2 (cùng cuộc họp ngày 15/01/2026) ghi 11: một cuộc họp chỉ có một Hội đồng")
            .And.Contain("hãy sửa cột council_members").And.Contain("ghi ngày của từng cuộc họp ở cột date");
        error.MessageEn.Should().Contain("on line 3 is 12, but line 2 (the same meeting on 2026-01-15) gives 11: one meeting has one council");
        (await DatabaseFingerprint.TakeAsync(db)).Should().Be(before);

        // One act follows one meeting, whatever the dates written; rows without a date or act are one meeting of the campaign.
        var sameAct = await ProductDatabase.ImportAsync(runtime, ImportKind.AwardDecisions, Header
            + "CD2025;GK;D01;approved;15/QĐ-SNV;15/01/2026;;10;11\n"
            + "CD2025;GK;D02;approved;15/QĐ-SNV;;;10;13\n");
        sameAct.Errors.Should().ContainSingle().Which.MessageVi.Should().Contain("dòng 2 (cùng quyết định số 15/QĐ-SNV) ghi 11")
            .And.NotContain("hai cuộc họp khác nhau");
        var undated = await ProductDatabase.ImportAsync(runtime, ImportKind.AwardDecisions, Header
            + "CD2025;GK;D01;approved;;;;10;11\nCD2025;GK;D02;deferred;;;;3;12\n");
        undated.Errors.Should().ContainSingle().Which.MessageVi.Should().Contain("dòng 2 (cùng phong trào CD2025, không ghi ngày) ghi 11");

        var twoMeetings = await ProductDatabase.ImportAsync(runtime, ImportKind.AwardDecisions, Header
            + "CD2025;GK;D01;deferred;;15/01/2026;;6;11\n"
            + "CD2025;GK;D02;approved;16/QĐ-SNV;20/03/2026;;11;12\n");
        twoMeetings.Accepted.Should().BeTrue(string.Join("; ", twoMeetings.Errors));
        // Undated rows of two acts are two meetings, in one file and against what is stored.
        var twoActs = await ProductDatabase.ImportAsync(runtime, ImportKind.AwardDecisions, Header
            + "CD2025;GK;D01;approved;17/QĐ-SNV;;;9;10\n"
            + "CD2025;GK;D02;approved;18/QĐ-SNV;;;11;12\n");
        twoActs.Accepted.Should().BeTrue(string.Join("; ", twoActs.Errors));
        var anotherAct = await ProductDatabase.ImportAsync(runtime, ImportKind.AwardDecisions, Header + "CD2025;GK;D01;approved;19/QĐ-SNV;;;8;9\n");
        anotherAct.Accepted.Should().BeTrue(string.Join("; ", anotherAct.Errors));
    }

    [Fact]
    public async Task A_rejection_the_council_voted_for_is_a_warning_to_accept_not_a_silent_record()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        await ImportWorld.ClosedYearAsync(runtime);
        const string file = Header + "CD2025;GK;P01;không đồng ý;;20/01/2026;;11;11\n";

        var warned = await ProductDatabase.ImportAsync(runtime, ImportKind.AwardDecisions, file);

        warned.Accepted.Should().BeFalse("11 of 11 agreeing and 'không đồng ý' is likely a slip in one of them");
        var warning = warned.Warnings.Should().ContainSingle().Subject;
        (warning.Line, warning.Column, warning.Rule).Should().Be((2, "decision", "rejected_despite_vote"));
        warning.MessageVi.Should().Contain("Quyết định 'không đồng ý' cho 'P01' (hình thức 'GK') nhưng cả 11/11 thành viên Hội đồng đồng ý")
            .And.Contain("nhập lại với --accept-warnings");
        (await ProductDatabase.ImportAsync(runtime, ImportKind.AwardDecisions, file, acceptWarnings: true)).Accepted.Should().BeTrue();
        (await ProductDatabase.ImportAsync(runtime, ImportKind.AwardDecisions, file)).Warnings.Should().BeEmpty("the same decision again records nothing");
    }

    [Fact]
    public async Task Errors_found_while_importing_name_the_ballot_columns_as_the_file_heads_them()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        await ImportWorld.ClosedYearAsync(runtime);
        (await ProductDatabase.ImportAsync(runtime, ImportKind.AwardForms,
            "campaign;code;name;level;recipient;quota;required_vote_share\nCD2025;GK;Giấy khen của Giám đốc Sở;Giám đốc Sở;any;2;90\n")).Accepted.Should().BeTrue();
        const string minutesHeader = "Phong trào;Hình thức;Đơn vị;Quyết định;Ngày;Số phiếu tán thành;Số thành viên\n";

        var file = await ProductDatabase.ImportAsync(runtime, ImportKind.AwardDecisions, minutesHeader
            + "CD2025;GK;D01;đồng ý;15/01/2026;10;11\n"
            + "CD2025;GK;D02;không đồng ý;15/01/2026;3;12\n"
            + "CD2025;GK;P01;đồng ý;20/03/2026;9;11\n", dryRun: true);

        file.Errors.Select(e => (e.Line, e.Column)).Should().Equal((3, "Số thành viên"), (4, "Số phiếu tán thành"));
        file.Errors[0].MessageVi.Should().Contain("Số thành viên Hội đồng (Số thành viên) ở dòng 3 là 12").And.Contain("hãy sửa cột Số thành viên ở dòng sai")
            .And.Contain("ghi ngày của từng cuộc họp ở cột Ngày.");
        file.Errors[0].MessageEn.Should().Contain("(Số thành viên) on line 3 is 12").And.Contain("correct Số thành viên on the wrong line")
            .And.Contain("write each meeting's date in the Ngày column.");
    }
}
