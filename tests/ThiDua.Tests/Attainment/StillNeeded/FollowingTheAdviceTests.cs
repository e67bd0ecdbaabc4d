using ThiDua.Attainment;
using ThiDua.Attainment.StillNeeded;
using ThiDua.Indicators;
using ThiDua.Tests.Analytics;

namespace ThiDua.Tests.Attainment.StillNeeded;

/// <summary>
/// The oracle is the attainment calculator itself at the campaign's last month: a unit that does exactly what the advice
/// says meets the target there; one that does the opposite of "reached" still meets it; one that does its best after
/// "lost" still misses it. Random targets and months for every numeric direction and aggregation (seeded).
/// </summary>
public class FollowingTheAdviceTests
{
    private const decimal Huge = 1_000_000m;

    public static TheoryData<Direction, Aggregation> Combinations()
    {
        var data = new TheoryData<Direction, Aggregation>();
        foreach (var d in new[] { Direction.AtLeast, Direction.AtMost, Direction.ReduceBy, Direction.IncreaseBy, Direction.RankUp })
            foreach (var a in Enum.GetValues<Aggregation>()) data.Add(d, a);
        return data;
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public void Doing_what_it_says_meets_the_target_at_the_last_month_and_reached_or_lost_hold_whatever_comes(Direction direction, Aggregation aggregation)
    {
        var random = new Random(HashCode.Combine((int)direction, (int)aggregation, 2026));
        var seen = new HashSet<StillNeededKind>();
        for (var k = 0; k < 150; k++)
        {
            var (target, baseline) = Definition(random, direction);
            var reported = random.Next(1, 11);
            var values = Enumerable.Range(1, reported).Select(_ => Value(random, direction)).ToList();
            var period = $"2024-{reported:D2}";
            var builder = new SnapshotBuilder().Indicator("I", direction, aggregation).Target("U", "I", target, baseline);
            for (var m = 0; m < reported; m++) if (random.Next(5) > 0) builder.Measure("U", "I", $"2024-{m + 1:D2}", values[m]);
            var snapshot = builder.Build();
            var readings = new MeasurementHistory(snapshot.Measurements).Upto("U", "I", SnapshotBuilder.M(period));
            var need = StillNeededCalculator.Of(snapshot.Indicators[0], snapshot.Targets[0], readings, snapshot.Campaign, SnapshotBuilder.M(period))!;
            seen.Add(need.Kind);
            var rest = Rest(need, direction);
            foreach (var (month, value) in rest) builder.Measure("U", "I", $"2024-{month:D2}", value);
            var end = AttainmentCalculator.Compute(builder.Build(), SnapshotBuilder.M("2024-12")).Single();
            var because = $"{direction}/{aggregation} T={target} B={baseline} months {string.Join(";", readings.Select(r => $"{r.Period}={r.Value}"))} → {need.Kind} {need.Amount} bar {need.Bar}, then {string.Join(";", rest)}";
            if (need.Kind == StillNeededKind.Lost) end.IsMetOrExceeded.Should().BeFalse(because);
            else end.IsMetOrExceeded.Should().BeTrue(because);
        }
        // A stock or rate (latest) only ever says what the last month must show.
        if (aggregation != Aggregation.Latest) seen.Should().HaveCountGreaterThan(1, "the random cases reach more than one kind of advice");
    }

    // Months 1–12 after the period: what the advice asks, or the worst for "reached", the best for "lost".
    private static List<(int Month, decimal Value)> Rest(ThiDua.Attainment.StillNeeded.StillNeeded need, Direction direction)
    {
        var first = need.Period.Month + 1;
        var months = Enumerable.Range(first, need.MonthsLeft).ToList();
        var atLeast = need.Bar!.Value.AtLeast;
        decimal Best() => atLeast ? Huge : direction == Direction.RankUp ? 1m : 0m;
        decimal Worst() => atLeast ? (direction == Direction.RankUp ? Huge : 0m) : Huge;
        return need.Kind switch
        {
            StillNeededKind.Reached => months.Select(m => (m, Worst())).ToList(),
            StillNeededKind.Lost => months.Select(m => (m, Best())).ToList(),
            StillNeededKind.MoreInAll or StillNeededKind.AtMostInAll => months.Select(m => (m, m == months[^1]
                ? need.Amount!.Value - need.PerMonth!.Value * (need.MonthsLeft - 1)
                : need.PerMonth!.Value)).ToList(),
            StillNeededKind.AverageOfRest => months.Select(m => (m, need.Amount!.Value)).ToList(),
            // One month at the bar, the others the worst: the bar alone must do it.
            StillNeededKind.OneMonth => months.Select(m => (m, m == first ? need.Bar.Value.Level : Worst())).ToList(),
            _ => months.Select(m => (m, need.Bar.Value.Level)).ToList(),
        };
    }

    private static (decimal Target, decimal? Baseline) Definition(Random random, Direction direction) => direction switch
    {
        Direction.AtLeast => (random.Next(1, 200), null),
        Direction.AtMost => (random.Next(0, 200), null),
        Direction.ReduceBy or Direction.IncreaseBy => (random.Next(1, 60), random.Next(1, 300)),
        _ => (random.Next(1, 5), random.Next(1, 20)),
    };

    private static decimal Value(Random random, Direction direction) =>
        direction == Direction.RankUp ? random.Next(1, 25) : random.Next(0, 60) + random.Next(0, 100) / 100m;
}
