using ThiDua.Awards.Deciding;
using ThiDua.Import.Parsing;
using ThiDua.Tests.Import.Importing;
using ThiDua.Tests.Infrastructure;
using static ThiDua.Tests.Import.Importing.ImportWorld;

namespace ThiDua.Tests.Awards.Deciding;

/// <summary>
/// award_decisions' optional <c>votes_for</c> and <c>council_members</c> (the council's secret ballot) and award_forms'
/// <c>required_vote_share</c>: the ballot is kept with the decision; bad numbers are named on their line and column; an
/// approval under the form's share of all the council's members is refused, one without a ballot is recorded as before.
/// </summary>
public sealed class CouncilVoteImportTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    private const string Header = "campaign;form;unit;decision;reference;date;note;votes_for;council_members\n";

    [Fact]
    public async Task The_ballot_is_kept_with_the_decision_and_an_approval_under_the_forms_share_is_refused()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        await ImportWorld.ClosedYearAsync(runtime);
        var share = await ProductDatabase.ImportAsync(runtime, ImportKind.AwardForms,
            "campaign;code;name;level;recipient;quota;ty_le_phieu_dong_y\nCD2025;GK;Giấy khen của Giám đốc Sở;Giám đốc Sở;any;2;90\n");
        share.Accepted.Should().BeTrue(string.Join("; ", share.Errors));
        var before = await DatabaseFingerprint.TakeAsync(db);

        var under = await ProductDatabase.ImportAsync(runtime, ImportKind.AwardDecisions, Header + "CD2025;GK;D01;approved;15/QĐ-SNV;15/01/2026;;9;11\n");

        under.Accepted.Should().BeFalse();
        var error = under.Errors.Should().ContainSingle().Subject;
        (error.Line, error.Column, error.Value).Should().Be((2, "votes_for", "9"));
        error.MessageVi.Should().Contain("Số phiếu đồng ý 9/11 (81,82%) chưa đạt tỷ lệ 90% tổng số thành viên Hội đồng");
        error.MessageEn.Should().Contain("is under the 90% of all the council's members that form 'GK' requires");
        (await DatabaseFingerprint.TakeAsync(db)).Should().Be(before);

        var recorded = await ProductDatabase.ImportAsync(runtime, ImportKind.AwardDecisions,
            "campaign;form;unit;decision;so_phieu_dong_y;so_thanh_vien_hoi_dong\nCD2025;GK;D01;đồng ý;10;11\nCD2025;GK;D02;không đồng ý;3;11\n");
        recorded.Accepted.Should().BeTrue(string.Join("; ", recorded.Errors));
        // No ballot in a file with its columns: a warning (approved_without_vote, ApprovalWithoutBallotImportTests); accepted, recorded as before.
        var unvoted = await ProductDatabase.ImportAsync(runtime, ImportKind.AwardDecisions, Header + "CD2025;GK;D02;approved;16/QĐ-SNV;;;;\n", acceptWarnings: true);
        unvoted.Accepted.Should().BeTrue("no ballot recorded: the decision is recorded as before, the warning accepted");

        var decisions = (await runtime.Analytics.AwardsAsync(Campaign, null)).Snapshot.Decisions;
        decisions.Select(d => (d.Unit, d.Decision, d.Vote)).Should().Equal(
            ("D01", AwardDecision.Approved, new CouncilVote(10, 11)), ("D02", AwardDecision.Rejected, new CouncilVote(3, 11)), ("D02", AwardDecision.Approved, (CouncilVote?)null));
        (await db.ScalarAsync("select count(*) from es_events where stream_id = 'campaign-CD2025/decisions' and data ? 'votesFor'")).Should().Be(2);
    }

    [Fact]
    public async Task The_ballot_copied_as_the_bien_ban_writes_it_is_named_as_such()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        await ImportWorld.ClosedYearAsync(runtime);

        // The secretary copies "9/11 (81,82%)" from the minutes: the two numbers in one cell, or the share for the count.
        var bad = await ProductDatabase.ImportAsync(runtime, ImportKind.AwardDecisions, Header
            + "CD2025;GK;D01;approved;;;;9/11;\n"
            + "CD2025;GK;D01;approved;;;;81,82%;11\n"
            + "CD2025;GK;D01;approved;;;;12000;11\n");

        bad.Accepted.Should().BeFalse();
        bad.Errors.Select(e => (e.Line, e.Column)).Should().Equal((2, "votes_for"), (3, "votes_for"), (4, "votes_for"));
        bad.Errors[0].MessageVi.Should().Contain("'9/11' ghi hai số trong một ô — ghi số phiếu đồng ý ở cột votes_for và tổng số thành viên Hội đồng ở cột council_members, ví dụ 9 và 11");
        bad.Errors[0].MessageEn.Should().Contain("puts two numbers in one cell");
        bad.Errors[1].MessageVi.Should().Contain("là số người, không phải tỷ lệ phần trăm");
        bad.Errors[1].MessageEn.Should().Contain("is a count of members, not a percentage");
        bad.Errors[2].MessageVi.Should().Contain("từ 0 đến 10.000").And.NotContain("không âm", "12000 is not negative: the message named the wrong fault");
    }

    [Fact]
    public async Task The_ballot_written_in_the_minutes_words_and_headers_is_understood_or_named_with_its_fix()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        await ImportWorld.ClosedYearAsync(runtime);
        const string minutesHeader = "Phong trào;Hình thức;Đơn vị;Quyết định;Số phiếu tán thành;Số thành viên\n";

        // "Số phiếu tán thành" is how minutes and quy chế name the agreeing votes; "9 phiếu", "11 người", "9 trên 11" how they say them.
        var worded = await ProductDatabase.ImportAsync(runtime, ImportKind.AwardDecisions, minutesHeader
            + "CD2025;GK;D01;đồng ý;9 phiếu;11 người\n"
            + "CD2025;GK;D02;đồng ý;9 trên 11;11\n", dryRun: true);

        worded.Errors.Select(e => (e.Line, e.Column, e.Value)).Should().Equal((2, "Số phiếu tán thành", "9 phiếu"), (2, "Số thành viên", "11 người"), (3, "Số phiếu tán thành", "9 trên 11"));
        worded.Errors[0].MessageVi.Should().Contain("'9 phiếu' — chỉ ghi số, không kèm chữ: ghi 9.").And.NotContain("96%");
        worded.Errors[1].MessageEn.Should().Contain("'11 người' — write the number alone, without a word: 11.");
        worded.Errors[2].MessageVi.Should().Contain("ghi hai số trong một ô");
        var clean = await ProductDatabase.ImportAsync(runtime, ImportKind.AwardDecisions, minutesHeader + "CD2025;GK;D01;đồng ý;9;11\n", dryRun: true);
        clean.Accepted.Should().BeTrue(string.Join("; ", clean.Errors));
        var share = await ProductDatabase.ImportAsync(runtime, ImportKind.AwardForms,
            "campaign;code;name;recipient;quota;ty_le_phieu_tan_thanh\nCD2025;GK;Giấy khen;any;2;90\n", dryRun: true);
        share.Accepted.Should().BeTrue(string.Join("; ", share.Errors));
    }

    [Fact]
    public async Task Bad_vote_numbers_are_named_on_their_line_and_column_with_how_to_fix_them()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        await ImportWorld.ClosedYearAsync(runtime);
        var before = await DatabaseFingerprint.TakeAsync(db);

        var bad = await ProductDatabase.ImportAsync(runtime, ImportKind.AwardDecisions, Header
            + "CD2025;GK;D01;approved;;;;12;11\n"
            + "CD2025;GK;D01;approved;;;;-1;11\n"
            + "CD2025;GK;D01;approved;;;;9,5;11\n"
            + "CD2025;GK;D01;approved;;;;9;\n"
            + "CD2025;GK;D01;approved;;;;;11\n"
            + "CD2025;GK;D01;approved;;;;0;0\n");

        bad.Accepted.Should().BeFalse();
        bad.Errors.Select(e => (e.Line, e.Column)).Should().Equal(
            (2, "votes_for"), (3, "votes_for"), (4, "votes_for"), (5, "council_members"), (6, "votes_for"), (7, "council_members"));
        bad.Errors[0].MessageVi.Should().Contain("Số phiếu đồng ý (12) lớn hơn số thành viên Hội đồng (11)");
        bad.Errors[0].MessageEn.Should().Contain("The members agreeing (12) outnumber the council's members (11)");
        bad.Errors[1].MessageVi.Should().Contain("phải là số nguyên từ 0 đến 10.000");
        bad.Errors[2].MessageEn.Should().Contain("must be a whole number from 0 to 10,000, e.g. 9");
        bad.Errors[3].MessageEn.Should().Contain("votes_for is given without council_members: write both");
        bad.Errors[4].MessageVi.Should().Contain("thiếu số phiếu đồng ý (votes_for)");
        bad.Errors[5].MessageVi.Should().Contain("phải lớn hơn 0");
        (await DatabaseFingerprint.TakeAsync(db)).Should().Be(before);

        var share = await ProductDatabase.ImportAsync(runtime, ImportKind.AwardForms,
            "campaign;code;name;recipient;quota;required_vote_share\nCD2025;GK;Giấy khen;any;2;120\n");
        share.Errors.Should().ContainSingle().Which.Column.Should().Be("required_vote_share");
        share.Errors[0].MessageEn.Should().Contain("above 0 and at most 100, e.g. 90");

        // A fraction (or Excel's 90% saved as text) read as 0,9% would let a single vote carry the approval.
        var fraction = await ProductDatabase.ImportAsync(runtime, ImportKind.AwardForms,
            "campaign;code;name;recipient;quota;required_vote_share\nCD2025;GK;Giấy khen;any;2;0,9\n");
        fraction.Accepted.Should().BeFalse();
        fraction.Errors.Should().ContainSingle().Which.MessageVi.Should().Contain("ví dụ 90 cho 90%");
        fraction.Errors[0].MessageEn.Should().Contain("e.g. 90 for 90%, not a fraction");
        (await DatabaseFingerprint.TakeAsync(db)).Should().Be(before);
    }
}
