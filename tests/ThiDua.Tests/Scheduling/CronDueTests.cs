using Quartz;
using ThiDua.Scheduling;
using ThiDua.Scheduling.Reporting;

namespace ThiDua.Tests.Scheduling;

/// <summary>
/// The instant a schedule's firing stands for: Quartz fires a firing missed while every node was down once on recovery,
/// with the recovery as its time; the monthly report is as of the 1st at 07:00 Vietnam time all the same.
/// </summary>
public sealed class CronDueTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private static ICronTrigger Trigger(string cron) => (ICronTrigger)TriggerBuilder.Create()
        .WithCronSchedule(cron, c => c.InTimeZone(VietnamTimeZone.Register())).Build();

    [Theory]
    [InlineData("2026-12-01T10:30:00+07:00", "2026-12-01T07:00:00+07:00")] // recovered the same morning
    [InlineData("2026-12-01T07:00:00+07:00", "2026-12-01T07:00:00+07:00")] // on time
    [InlineData("2026-12-01T06:59:59+07:00", "2026-11-01T07:00:00+07:00")]
    [InlineData("2026-12-19T23:00:00+07:00", "2026-12-01T07:00:00+07:00")] // down for weeks
    [InlineData("2027-01-01T00:30:00+07:00", "2026-12-01T07:00:00+07:00")] // UTC's 31 December
    public void A_monthly_firing_stands_for_the_latest_1st_at_07_00_at_or_before_it(string scheduled, string due)
    {
        CronDue.LastAtOrBefore(Trigger(MonthlyReportsJob.Cron), DateTimeOffset.Parse(scheduled, System.Globalization.CultureInfo.InvariantCulture))
            .ToOffset(Vietnam).Should().Be(DateTimeOffset.Parse(due, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_daily_and_an_every_few_seconds_schedule_find_their_own_last_instant()
    {
        var at = new DateTimeOffset(2026, 12, 7, 10, 30, 12, Vietnam);
        CronDue.LastAtOrBefore(Trigger(SummaryReportsJob.Cron), at).Should().Be(new DateTimeOffset(2026, 12, 7, 7, 0, 0, Vietnam));
        CronDue.LastAtOrBefore(Trigger("0/5 * * * * ?"), at).Should().Be(new DateTimeOffset(2026, 12, 7, 10, 30, 10, Vietnam));
    }
}
