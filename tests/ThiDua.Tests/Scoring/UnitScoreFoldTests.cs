using ThiDua.Analytics;
using ThiDua.Attainment;
using ThiDua.Scoring;
using ThiDua.Tests.Analytics;

namespace ThiDua.Tests.Scoring;

public class UnitScoreFoldTests
{
    private static IReadOnlyList<AttainmentRow> Rows() => AttainmentCalculator.Compute(new SnapshotBuilder()
        .Indicator("I", weight: 3m).Indicator("J")
        .Scored("A", 100m).Scored("A", 50m, indicator: "J")
        .Scored("B", 130m)
        .Scored("C", 0m).Scored("C", 90m, indicator: "J")
        .Build(), SnapshotBuilder.M("2024-12"));

    [Fact]
    public void Rows_folded_one_at_a_time_score_as_score_all()
    {
        var fold = new UnitScoreFold(1.2m);
        foreach (var row in Rows()) fold.Add(row);

        fold.Complete().Should().Equal(ScoreCalculator.ScoreAll(Rows(), 1.2m));
        fold.Complete().Keys.Should().Equal("A", "B", "C");
    }

    [Fact]
    public void A_unit_whose_rows_are_apart_is_refused_rather_than_scored_twice()
    {
        var rows = Rows();
        var fold = new UnitScoreFold(1.2m);
        foreach (var row in rows.Where(r => r.Unit == "A" && r.Indicator == "I")) fold.Add(row);
        foreach (var row in rows.Where(r => r.Unit == "B")) fold.Add(row);
        foreach (var row in rows.Where(r => r.Unit == "A" && r.Indicator == "J")) fold.Add(row);

        fold.Invoking(f => f.Complete()).Should().Throw<InvalidOperationException>().WithMessage("*'A'*grouped by unit*");
    }
}
