using ThiDua.Ranking;
using ThiDua.Ranking.Trends;
using ThiDua.Units;

namespace ThiDua.Tests.Ranking.Trends;

/// <summary>How a place moved since the month before: ▲ up, ▼ down, = unchanged, mới when not ranked before.</summary>
public class RankMovementTests
{
    private static RankingRow Row(string unit, int rank, decimal score, string cluster = "K1") => new(cluster, UnitKind.Collective, rank, unit, unit, score, 0, 1);

    [Fact]
    public void Units_that_swapped_places_move_up_and_down_by_the_ranks_between()
    {
        var moves = RankMovement.Between([Row("A", 1, 90m), Row("B", 3, 70.5m), Row("C", 2, 80m)], [Row("A", 3, 60m), Row("B", 1, 95m), Row("C", 2, 80m)]);

        moves["A"].Arrow.Should().Be("▲2");
        moves["A"].ScoreChange.Should().Be("+30,00");
        moves["B"].Arrow.Should().Be("▼2");
        moves["B"].ScoreChange.Should().Be("−24,50");
        moves["C"].Arrow.Should().Be("=");
        moves["C"].ScoreChange.Should().Be("0,00");
    }

    [Fact]
    public void Units_that_left_the_group_above_a_unit_are_counted_beside_its_rise()
    {
        // B merged away and D moved to cụm K2 since the month before; E was below C and does not count for it.
        var moves = RankMovement.Between([Row("A", 1, 90m), Row("C", 2, 60m), Row("D", 1, 85m, "K2")],
            [Row("A", 1, 90m), Row("B", 2, 80m), Row("D", 3, 70m), Row("C", 4, 60m), Row("E", 5, 50m)]);

        moves["C"].Arrow.Should().Be("▲2");
        moves["C"].GoneAbove.Should().Be(2);
        moves["A"].GoneAbove.Should().Be(0);
        moves["D"].Arrow.Should().Be("mới", "in its new cụm it was not ranked the month before");
    }

    [Fact]
    public void A_unit_not_ranked_the_month_before_or_in_the_first_month_is_new()
    {
        RankMovement.Between([Row("A", 1, 90m)], [Row("B", 1, 90m)])["A"].Arrow.Should().Be("mới");
        RankMovement.Between([Row("A", 1, 90m)], null)["A"].ScoreChange.Should().BeNull();
    }
}
