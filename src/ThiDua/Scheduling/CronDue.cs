using Quartz;

namespace ThiDua.Scheduling;

/// <summary>
/// The cron instant a firing stands for. A firing Quartz missed while every node was down is fired once on recovery
/// ("fire and proceed") with the recovery as its scheduled time; the monthly report it makes must still be as of the
/// 1st at 07:00, as the run would have been — not of 10:30 with the morning's corrections in it twice.
/// </summary>
internal static class CronDue
{
    // Looked back over these in turn: a minute finds an every-few-seconds schedule at once, a year any ThiDua cron.
    private static readonly TimeSpan[] Windows = [TimeSpan.FromMinutes(1), TimeSpan.FromDays(1), TimeSpan.FromDays(32), TimeSpan.FromDays(370)];

    /// <summary>The latest instant of <paramref name="trigger"/>'s schedule at or before <paramref name="scheduled"/>.</summary>
    public static DateTimeOffset LastAtOrBefore(ICronTrigger trigger, DateTimeOffset scheduled)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        if (trigger.CronExpressionString is not { } text) return scheduled;
        var cron = new CronExpression(text) { TimeZone = trigger.TimeZone };
        foreach (var window in Windows)
        {
            if (cron.GetTimeAfter(scheduled - window) is not { } first || first > scheduled) continue;
            var last = first;
            while (cron.GetTimeAfter(last) is { } next && next <= scheduled) last = next;
            return last;
        }
        return scheduled;
    }
}
