using ThiDua.Analytics;
using ThiDua.Awards;
using ThiDua.Ratings;
using ThiDua.Tests.Analytics;
using ThiDua.Units;

namespace ThiDua.Tests.Awards;

public class CollectiveCriteriaTests
{
    // Collective "T" with a met target and two members: M1 excellent, M2 good.
    private static SnapshotBuilder Team() =>
        new SnapshotBuilder()
            .Unit("T").Scored("T", 100m)
            .Individual("M1", parent: "T").Rating("M1", Rating.Excellent)
            .Individual("M2", parent: "T").Rating("M2", Rating.Good);

    private static AwardRow Judge(SnapshotBuilder builder, bool requireInitiative = false) =>
        CampaignAnalytics.Awards(builder.Form("BK", AwardRecipient.Collective, requireInitiative: requireInitiative).Build())
            .Single(r => r.Unit == "T");

    private static IEnumerable<string> Codes(AwardRow row) => row.Reasons.Select(r => r.Code);

    [Fact]
    public void Collective_with_all_targets_and_good_members_one_excellent_is_proposed() =>
        Judge(Team()).Status.Should().Be(AwardStatus.Proposed);

    [Fact]
    public void Collective_must_meet_all_targets_even_when_the_form_does_not_say_so() =>
        Codes(Judge(Team().Scored("T", 99m, "I2"))).Should().Equal(AwardReasons.TargetsNotAllMetCode);

    [Fact]
    public void Collective_without_rated_members_is_ineligible()
    {
        // A child without a rating row, or with a row without rating, is not a member.
        var builder = new SnapshotBuilder().Unit("T").Scored("T", 100m)
            .Individual("C1", parent: "T").Individual("C2", parent: "T").Rating("C2", null);
        Codes(Judge(builder)).Should().Equal(AwardReasons.NoMembersCode);
    }

    [Fact]
    public void A_member_only_completed_makes_the_collective_ineligible()
    {
        var row = Judge(Team().Unit("M3", UnitKind.Individual, parent: "T", name: "Lê Thị Hoa").Rating("M3", Rating.Completed));
        Codes(row).Should().Equal(AwardReasons.MemberBelowGoodCode);
        row.Reasons[0].English.Should().Be("Member M3 rated completed, below good");
        row.Reasons[0].Vietnamese.Should().StartWith("Thành viên Lê Thị Hoa (M3) xếp loại: hoàn thành nhiệm vụ", "a reader is told who, by name");
    }

    [Fact]
    public void Without_an_excellent_member_the_collective_is_ineligible()
    {
        var builder = new SnapshotBuilder().Unit("T").Scored("T", 100m)
            .Individual("M1", parent: "T").Rating("M1", Rating.Good);
        Codes(Judge(builder)).Should().Equal(AwardReasons.NoExcellentMemberCode);
    }

    [Fact]
    public void A_member_with_a_warning_makes_the_collective_ineligible() =>
        Codes(Judge(Team().Individual("M3", parent: "T").Rating("M3", Rating.Good, Discipline.Warning)))
            .Should().Equal(AwardReasons.MemberDisciplinedCode);

    [Fact]
    public void A_member_with_a_reprimand_is_fine() =>
        Judge(Team().Individual("M3", parent: "T").Rating("M3", Rating.Good, Discipline.Reprimand))
            .Status.Should().Be(AwardStatus.Proposed);

    [Fact]
    public void The_collective_itself_with_a_warning_is_ineligible() =>
        Codes(Judge(Team().Rating("T", null, Discipline.Warning))).Should().Equal(AwardReasons.DisciplinedCode);

    [Fact]
    public void Initiative_comes_from_the_collectives_own_row_not_its_members()
    {
        var withMemberInitiative = Team().Individual("M3", parent: "T").Rating("M3", Rating.Excellent, initiative: true);
        Codes(Judge(withMemberInitiative, requireInitiative: true)).Should().Equal(AwardReasons.NoInitiativeCode);
        Judge(Team().Rating("T", null, initiative: true), requireInitiative: true).Status.Should().Be(AwardStatus.Proposed);
    }

    [Fact]
    public void Min_rating_concerns_individuals_only_a_collective_rated_completed_can_be_proposed() =>
        Judge(Team().Rating("T", Rating.Completed)).Status.Should().Be(AwardStatus.Proposed);

    [Fact]
    public void Members_of_another_collective_do_not_count()
    {
        var builder = new SnapshotBuilder().Unit("T").Scored("T", 100m).Unit("O")
            .Individual("X", parent: "O").Rating("X", Rating.Excellent);
        Codes(Judge(builder)).Should().Equal(AwardReasons.NoMembersCode);
    }

    [Fact]
    public void A_collective_without_targets_is_not_a_candidate()
    {
        var rows = CampaignAnalytics.Awards(new SnapshotBuilder().Unit("T").Individual("M1", parent: "T")
            .Rating("M1", Rating.Excellent).Form("BK", AwardRecipient.Collective).Build());
        rows.Should().BeEmpty();
    }
}
