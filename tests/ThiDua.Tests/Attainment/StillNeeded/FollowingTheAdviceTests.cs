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
            var words = StillNeededWords.Of(need, snapshot.Indicators[0]);
            foreach (var rest in Plans(need, words, direction))
            {
                var after = new SnapshotBuilder().Indicator("I", direction, aggregation).Target("U", "I", target, baseline);
                foreach (var m in snapshot.Measurements) after.Measure("U", "I", m.Period.ToString(), m.Value);
                foreach (var (month, value) in rest) after.Measure("U", "I", $"2024-{month:D2}", value);
                var end = AttainmentCalculator.Compute(after.Build(), SnapshotBuilder.M("2024-12")).Single();
                var because = $"{direction}/{aggregation} T={target} B={baseline} months {string.Join(";", readings.Select(r => $"{r.Period}={r.Value}"))} → «{words}» ({need.Kind} {need.Amount} bar {need.Bar}), then {string.Join(";", rest)}";
                if (need.Kind == StillNeededKind.Lost) end.IsMetOrExceeded.Should().BeFalse(because);
                else end.IsMetOrExceeded.Should().BeTrue(because);
            }
        }
        // A stock or rate (latest) only ever says what the last month must show.
        if (aggregation != Aggregation.Latest) seen.Should().HaveCountGreaterThan(1, "the random cases reach more than one kind of advice");
    }

    // Months after the period doing what the words say — the figures as printed, not the unrounded ones — or the worst
    // for "reached", the best for "lost". A flow's total can be done in its last month or, when the words give one, as
    // the monthly average each month ("hơn 2" a month: 3 a month).
    private static IEnumerable<List<(int Month, decimal Value)>> Plans(ThiDua.Attainment.StillNeeded.StillNeeded need, string words, Direction direction)
    {
        var first = need.Period.Month + 1;
        var months = Enumerable.Range(first, need.MonthsLeft).ToList();
        var atLeast = need.Bar!.Value.AtLeast;
        decimal Best() => atLeast ? Huge : direction == Direction.RankUp ? 1m : 0m;
        decimal Worst() => atLeast ? (direction == Direction.RankUp ? Huge : 0m) : Huge;
        List<(int, decimal)> Each(Func<int, decimal> value) => months.Select(m => (m, value(m))).ToList();
        switch (need.Kind)
        {
            case StillNeededKind.Reached: yield return Each(_ => Worst()); yield break;
            case StillNeededKind.Lost: yield return Each(_ => Best()); yield break;
            case StillNeededKind.MoreInAll or StillNeededKind.AtMostInAll:
                var total = words.StartsWith("Không để", StringComparison.Ordinal) ? 0m : Figure(words, @"(?:Cần thêm|không quá) (\d[\d.]*(?:,\d+)?)");
                yield return Each(m => m == months[^1] ? total : 0m);
                var per = System.Text.RegularExpressions.Regex.Match(words, @"bình quân (hơn |không quá )?(\d[\d.]*(?:,\d+)?)");
                if (per.Success) yield return Each(_ => Number(per.Groups[2].Value) + (per.Groups[1].Value == "hơn " ? 1m : 0m));
                yield break;
        }
        var level = words.Contains("đạt 100%", StringComparison.Ordinal) ? 100m : Figure(words, @"(?:từ|không quá|xếp thứ) (\d[\d.]*(?:,\d+)?)");
        // One month at the level, the others the worst: the level alone must do it.
        yield return need.Kind == StillNeededKind.OneMonth ? Each(m => m == first ? level : Worst()) : Each(_ => level);
    }

    private static decimal Figure(string words, string pattern)
    {
        var match = System.Text.RegularExpressions.Regex.Match(words, pattern);
        match.Success.Should().BeTrue($"«{words}» says a figure ({pattern})");
        return Number(match.Groups[1].Value);
    }

    private static decimal Number(string vietnamese) =>
        decimal.Parse(vietnamese.Replace(".", "", StringComparison.Ordinal).Replace(",", ".", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);

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
