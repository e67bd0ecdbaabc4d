using ThiDua.Awards;
using ThiDua.Awards.Deciding;
using ThiDua.Ratings;

namespace ThiDua.Tests.Awards.Deciding;

/// <summary>
/// The pure rule: an approval whose recorded ballot is under the form's required share of all the council's members is
/// refused; a decision without a ballot, a form without a share, or a rejection or deferral is not checked.
/// </summary>
public sealed class CouncilVoteRuleTests
{
    private static readonly AwardForm Form = new("C", "CSTD-T", "Chiến sĩ thi đua cấp tỉnh", "Chủ tịch UBND tỉnh", AwardRecipient.Individual, 3,
        Rating.Excellent, RequireInitiative: true, RequireAllTargets: false, RequiredShare: 90m);
    private static readonly DecideAward Approve = new("C", "CSTD-T", "D01", AwardDecision.Approved, "15/QĐ-UBND", new DateOnly(2026, 1, 15), null, "lan");

    [Fact]
    public void An_approval_under_the_forms_share_of_all_members_is_refused_and_one_that_reaches_it_exactly_is_not()
    {
        var refused = CouncilVoteRule.Refusal(Approve with { VotesFor = 9, CouncilMembers = 11 }, Form);

        refused.Should().NotBeNull();
        refused!.Value.Vi.Should().Contain("Số phiếu đồng ý 9/11 (81,82%) chưa đạt tỷ lệ 90% tổng số thành viên Hội đồng").And.Contain("'CSTD-T'");
        refused.Value.En.Should().Contain("9 of 11 members agreeing (81.82%) is under the 90% of all the council's members that form 'CSTD-T' requires");
        CouncilVoteRule.Refusal(Approve with { VotesFor = 9, CouncilMembers = 10 }, Form).Should().BeNull("9 of 10 is exactly 90%");
        CouncilVoteRule.Refusal(Approve with { VotesFor = 10, CouncilMembers = 11 }, Form).Should().BeNull();
        CouncilVoteRule.Refusal(Approve with { VotesFor = 17, CouncilMembers = 19 }, Form with { RequiredShare = 89.5m })
            .Should().NotBeNull("17 of 19 is 89.47%, under 89.5% though it rounds to 89.5");
    }

    [Fact]
    public void A_rejection_whose_ballot_reaches_the_share_or_is_unanimous_looks_like_a_slip_and_others_do_not()
    {
        var reject = Approve with { Decision = AwardDecision.Rejected };

        CouncilVoteRule.RejectionDespiteTheVote(reject with { VotesFor = 10, CouncilMembers = 11 }, Form)!.Value.Vi
            .Should().Contain("số phiếu đồng ý 10/11 (90,91%) đạt tỷ lệ 90% mà hình thức 'CSTD-T' yêu cầu");
        CouncilVoteRule.RejectionDespiteTheVote(reject with { VotesFor = 11, CouncilMembers = 11 }, Form with { RequiredShare = null })!.Value.En
            .Should().Be("all 11 of the council's members agreed");
        CouncilVoteRule.RejectionDespiteTheVote(reject with { VotesFor = 9, CouncilMembers = 11 }, Form).Should().BeNull("9 of 11 is under the 90%");
        CouncilVoteRule.RejectionDespiteTheVote(reject with { VotesFor = 10, CouncilMembers = 11 }, Form with { RequiredShare = null }).Should().BeNull("not unanimous, no share");
        CouncilVoteRule.RejectionDespiteTheVote(reject, Form).Should().BeNull("no ballot");
        CouncilVoteRule.RejectionDespiteTheVote(Approve with { Decision = AwardDecision.Deferred, VotesFor = 11, CouncilMembers = 11 }, Form).Should().BeNull("a deferral is not a verdict");
    }

    [Fact]
    public void No_ballot_no_share_or_a_decision_other_than_approval_is_recorded_as_before()
    {
        CouncilVoteRule.Refusal(Approve, Form).Should().BeNull("no votes recorded");
        CouncilVoteRule.Refusal(Approve with { VotesFor = 2, CouncilMembers = 11 }, Form with { RequiredShare = null }).Should().BeNull("the form requires no share");
        CouncilVoteRule.Refusal(Approve with { Decision = AwardDecision.Rejected, VotesFor = 2, CouncilMembers = 11 }, Form).Should().BeNull();
        CouncilVoteRule.Refusal(Approve with { Decision = AwardDecision.Deferred, VotesFor = 5, CouncilMembers = 11 }, Form).Should().BeNull();
    }

    [Fact]
    public void The_vote_is_written_in_Vietnamese_figures_and_a_changed_vote_is_a_new_decision()
    {
        new CouncilVote(9, 11).Vietnamese().Should().Be("9/11 (81,82%)");
        new CouncilVote(11, 11).Vietnamese().Should().Be("11/11 (100%)");
        new CouncilVote(2, 3).Vietnamese().Should().Be("2/3 (66,67%)");

        var current = DecideAward.Decide(Approve with { VotesFor = 10, CouncilMembers = 11 }, null, DateTimeOffset.UnixEpoch)!.ToRecord();
        current.Vote.Should().Be(new CouncilVote(10, 11));
        DecideAward.Decide(Approve with { VotesFor = 10, CouncilMembers = 11, DecidedBy = "minh" }, current, DateTimeOffset.UnixEpoch).Should().BeNull();
        DecideAward.Decide(Approve with { VotesFor = 11, CouncilMembers = 11 }, current, DateTimeOffset.UnixEpoch)!.VotesFor.Should().Be(11);
        DecideAward.Decide(Approve, current, DateTimeOffset.UnixEpoch).Should().NotBeNull("the ballot removed is a change too");
    }

    [Fact]
    public void An_approval_without_a_ballot_on_a_form_requiring_a_share_is_named_and_nothing_else_is()
    {
        var gap = CouncilVoteRule.ApprovalWithoutBallot(Approve, Form);

        gap.Should().NotBeNull();
        gap!.Value.Vi.Should().Be("hình thức 'CSTD-T' yêu cầu ít nhất 90% tổng số thành viên Hội đồng đồng ý");
        gap.Value.En.Should().Be("form 'CSTD-T' requires at least 90% of all the council's members to agree");
        CouncilVoteRule.ApprovalWithoutBallot(Approve with { VotesFor = 10, CouncilMembers = 11 }, Form).Should().BeNull("a ballot is checked by Refusal");
        CouncilVoteRule.ApprovalWithoutBallot(Approve, Form with { RequiredShare = null }).Should().BeNull("the form requires no share");
        CouncilVoteRule.ApprovalWithoutBallot(Approve with { Decision = AwardDecision.Deferred }, Form).Should().BeNull("a deferral needs no share");
    }
}
