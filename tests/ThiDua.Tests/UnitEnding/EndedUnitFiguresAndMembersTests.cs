using ThiDua.Analytics;
using ThiDua.Awards;
using ThiDua.Measurements.Submissions;
using ThiDua.Ratings;
using ThiDua.Tests.Analytics;
using ThiDua.Units;
using static ThiDua.Tests.Analytics.SnapshotBuilder;

namespace ThiDua.Tests.UnitEnding;

/// <summary>
/// What a unit that has ended still leaves behind (the randomised oracle audit, December 2026): its figures stored before
/// the end was imported count for nothing — they do not make the others owe an indicator — and a person who has ended
/// by the campaign's last month is no member of the collective judged for an award then.
/// </summary>
public sealed class EndedUnitFiguresAndMembersTests
{
    [Fact]
    public void A_figure_of_a_commune_merged_away_does_not_make_the_others_owe_that_indicator()
    {
        // B merged from July; its July figure was imported before the merger was: nobody else reports F in July.
        var snapshot = new SnapshotBuilder()
            .Indicator("F")
            .Unit("A", cluster: "K1").Unit("B", cluster: "K1").Ended("B", "2024-07")
            .Target("A", "F", 10m).Target("B", "F", 10m)
            .Measure("A", "F", "2024-06", 5m).Measure("B", "F", "2024-06", 9m).Measure("B", "F", "2024-07", 9m)
            .Build();

        MonthSubmissions.Of(snapshot, M("2024-07")).Should().BeEmpty("only a unit that no longer exists sent F for July");
        MonthSubmissions.Of(snapshot, M("2024-06")).Select(r => (r.Unit, r.State)).Should().Equal([("A", "complete"), ("B", "complete")]);
    }

    [Fact]
    public void A_member_who_has_left_by_the_last_month_neither_blocks_nor_carries_the_collective()
    {
        // Phòng P1's officer rated not completed left in October; Phòng P2's only excellent officer left in October.
        var snapshot = new SnapshotBuilder()
            .Indicator("I")
            .Unit("P1").Unit("P2")
            .Individual("P1-A", parent: "P1").Individual("P1-B", parent: "P1").Ended("P1-B", "2024-10")
            .Individual("P2-A", parent: "P2").Individual("P2-B", parent: "P2").Ended("P2-B", "2024-10")
            .Scored("P1", 100m).Scored("P2", 100m)
            .Rating("P1-A", Rating.Excellent).Rating("P1-B", Rating.NotCompleted, Discipline.Warning)
            .Rating("P2-A", Rating.Good).Rating("P2-B", Rating.Excellent)
            .Form("TT", AwardRecipient.Collective)
            .Build();

        var awards = CampaignAnalytics.Awards(snapshot).ToDictionary(r => r.Unit, r => r);

        awards["P1"].Status.Should().Be(AwardStatus.Proposed, "P1-B no longer belongs to P1 at the year's end");
        awards["P2"].Status.Should().Be(AwardStatus.Ineligible, "the excellent officer it counted on has left");
        awards["P2"].Reasons.Select(r => r.Code).Should().Contain(AwardReasons.NoExcellentMemberCode);
    }
}
