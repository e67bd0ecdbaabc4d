using ThiDua.Attainment;
using ThiDua.Indicators;
using ThiDua.Tests.Analytics;

namespace ThiDua.Tests.Attainment;

public class TaskAttainmentTests
{
    // Task "D" with T = 1 and, unless null, a deadline of June 2024. Campaign Jan–Dec 2024.
    private static AttainmentRow Task(string period, string? deadline, params (string Month, decimal Value)[] reports)
    {
        var builder = new SnapshotBuilder().Indicator("D", Direction.Task, Aggregation.Latest).Target("U", "D", 1m, deadline: deadline);
        foreach (var (month, value) in reports) builder.Measure("U", "D", month, value);
        return AttainmentCalculator.Compute(builder.Build(), SnapshotBuilder.M(period)).Single();
    }

    [Fact]
    public void Task_delivered_by_its_deadline_is_1_met()
    {
        var row = Task("2024-12", "2024-06", ("2024-05", 1m));
        row.Actual.Should().Be(1m);
        row.Ratio.Should().Be(1m);
        row.Status.Should().Be(AttainmentStatus.Met);
    }

    [Fact]
    public void Task_delivered_in_the_deadline_month_itself_is_1() =>
        Task("2024-12", "2024-06", ("2024-06", 1m)).Ratio.Should().Be(1m);

    [Fact]
    public void Task_delivered_only_after_its_deadline_is_0_5()
    {
        var row = Task("2024-12", "2024-06", ("2024-08", 1m));
        row.Actual.Should().Be(1m);
        row.Ratio.Should().Be(0.5m);
        row.Status.Should().Be(AttainmentStatus.NotMet);
    }

    [Fact]
    public void Task_reported_below_1_is_0_not_met_with_actual_0()
    {
        var row = Task("2024-12", "2024-06", ("2024-05", 0m), ("2024-07", 0.5m));
        row.Actual.Should().Be(0m);
        row.Ratio.Should().Be(0m);
        row.Status.Should().Be(AttainmentStatus.NotMet);
    }

    [Fact]
    public void Task_with_nothing_reported_is_no_data() =>
        Task("2024-12", "2024-06").Status.Should().Be(AttainmentStatus.NoData);

    [Fact]
    public void Task_delivery_after_the_period_does_not_count_yet()
    {
        // Reported 0 in March and 1 in August; judged at July: only March counts.
        var row = Task("2024-07", "2024-06", ("2024-03", 0m), ("2024-08", 1m));
        row.Actual.Should().Be(0m);
        row.Ratio.Should().Be(0m);
    }

    [Fact]
    public void Task_without_deadline_is_due_in_the_campaigns_last_month() =>
        Task("2024-12", null, ("2024-12", 1m)).Ratio.Should().Be(1m);

    [Fact]
    public void Task_delivered_then_reported_0_later_stays_delivered()
    {
        // Actual is 1 when a value ≥ 1 was reported in any month ≤ P, whatever followed.
        var row = Task("2024-12", "2024-06", ("2024-04", 1m), ("2024-09", 0m));
        row.Actual.Should().Be(1m);
        row.Ratio.Should().Be(1m);
    }
}
