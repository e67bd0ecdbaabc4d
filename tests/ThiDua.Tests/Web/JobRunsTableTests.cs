using ThiDua.Scheduling;
using ThiDua.Web.Jobs;

namespace ThiDua.Tests.Web;

/// <summary>A job's history collapses a run of quick identical successes into one row; failures and slow runs stay rows of their own.</summary>
public class JobRunsTableTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 4, 1, 0, 0, TimeSpan.Zero);

    private static JobRun Run(int minute, double seconds, bool ok = true) =>
        new("catch-up", null, Start.AddMinutes(minute), Start.AddMinutes(minute).AddSeconds(seconds), "node-1", 1, ok, ok ? null : "hỏng");

    [Fact]
    public void A_hundred_quick_successes_are_one_row_and_a_failure_between_them_splits_it()
    {
        var runs = Enumerable.Range(0, 100).Select(i => Run(200 - i, 0.01)).Append(Run(99, 2, ok: false))
            .Concat(Enumerable.Range(0, 4).Select(i => Run(98 - i, 0.02))).Append(Run(10, 5)).ToList();

        var html = JobRunsTable.Render(runs, withJob: false);

        html.Should().Contain("100 lần chạy liên tiếp, mỗi lần dưới 1 giây, từ 04/12/2026 09:41:00 đến 04/12/2026 11:20:00")
            .And.Contain("4 lần chạy liên tiếp").And.Contain("hỏng").And.Contain("5 giây");
        System.Text.RegularExpressions.Regex.Matches(html, "<tr").Count.Should().Be(1 + 4, "header, two collapsed runs, the failure, the slow run");
    }

    [Fact]
    public void Two_quick_successes_stay_two_rows() =>
        JobRunsTable.Render([Run(2, 0.01), Run(1, 0.01)], withJob: true).Should().NotContain("lần chạy liên tiếp");
}
