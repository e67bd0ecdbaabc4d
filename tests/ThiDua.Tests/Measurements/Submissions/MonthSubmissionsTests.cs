using ThiDua.Indicators;
using ThiDua.Measurements.Submissions;
using ThiDua.Tests.Analytics;
using static ThiDua.Tests.Analytics.SnapshotBuilder;

namespace ThiDua.Tests.Measurements.Submissions;

/// <summary>
/// Before closing a month the office chases the units that have not sent its figures: a figure counts for its own month
/// (October's does not answer for November, though November's ranking reads it); an indicator is awaited in a month
/// once some unit has sent it for that month (a one-off or quarterly figure is not owed in the others); tasks never.
/// </summary>
public sealed class MonthSubmissionsTests
{
    private static readonly ThiDua.Analytics.CampaignSnapshot Snapshot = new SnapshotBuilder()
        .Indicator("F").Indicator("S").Indicator("T", Direction.Task).Indicator("R", Direction.RankUp)
        .Unit("A", cluster: "K2").Unit("B", cluster: "K1").Unit("C", cluster: "K1").Individual("D", cluster: "K1")
        .Target("A", "F", 10m).Target("A", "S", 10m).Target("A", "T", 1m)
        .Measure("A", "F", "2024-11", 3m).Measure("A", "S", "2024-11", 4m)
        .Target("B", "F", 10m).Target("B", "S", 10m).Target("B", "R", 2m, baseline: 10m)
        .Measure("B", "F", "2024-11", 3m).Measure("B", "S", "2024-10", 4m).Measure("B", "S", "2024-12", 4m)
        .Target("C", "F", 10m)
        .Target("D", "T", 1m)
        .Build();

    [Fact]
    public void A_unit_that_sent_last_month_but_not_this_one_owes_this_month_and_says_when_it_last_sent()
    {
        var rows = MonthSubmissions.Of(Snapshot, M("2024-11"));

        rows.Select(r => r.Unit).Should().Equal(["B", "C", "A"], "by cụm (K1 before K2), then code; D has only a task");
        var b = rows[0];
        (b.Expected, b.Reported, b.Complete, b.None, b.State).Should().Be((2, 1, false, false, "partial"), "nobody sent the rank move R for November");
        b.Missing.Should().Equal(new MissingFigure("S", M("2024-10")));
        rows[1].Missing.Should().Equal(new MissingFigure("F", null));
        rows[1].None.Should().BeTrue();
        rows[2].Complete.Should().BeTrue("A's task T is reported once, when done");
        SubmissionWords.State(b).Should().Be("báo cáo thiếu");
        SubmissionWords.Last(b.Missing[0]).Should().Be("gần nhất tháng 10/2024");
        SubmissionWords.Last(rows[1].Missing[0]).Should().Be("chưa có tháng nào");
    }

    [Fact]
    public void An_indicator_nobody_sent_for_the_month_is_not_awaited_that_month()
    {
        var december = MonthSubmissions.Of(Snapshot, M("2024-12"));
        var october = MonthSubmissions.Of(Snapshot, M("2024-10"));

        december.Select(r => (r.Unit, r.Expected, r.Reported)).Should().Equal([("B", 1, 1), ("A", 1, 0)], "only S was sent for December: C's F is not owed");
        december.Single(r => r.Unit == "A").Missing.Should().Equal(new MissingFigure("S", M("2024-11")));
        october.Select(r => r.Unit).Should().Equal(["B", "A"]);
        october.Single(r => r.Unit == "A").Missing.Should().Equal(new MissingFigure("S", null));
        MonthSubmissions.Of(Snapshot, M("2024-09")).Should().BeEmpty("nobody sent anything for September");
    }
}
