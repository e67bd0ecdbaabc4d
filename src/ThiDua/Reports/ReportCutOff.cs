using ThiDua.Campaigns;
using ThiDua.Periods;

namespace ThiDua.Reports;

/// <summary>
/// The instant a report's numbers are taken "as of". The monthly report of month M is cut off on the
/// 1st of M+1 at 07:00 Vietnam time, when the scheduled job fires: the month's figures entered by
/// then count, later corrections appear in the next report. The summary is cut off likewise after
/// the final review month (or the campaign's last month, whichever is later).
/// </summary>
public static class ReportCutOff
{
    /// <summary>Asia/Ho_Chi_Minh: fixed UTC+07:00 (no daylight saving since 1975), so no time-zone database is needed.</summary>
    public static TimeSpan VietnamOffset { get; } = TimeSpan.FromHours(7);

    /// <summary>
    /// The cut-off of a report asked for now (the command line's default), in Vietnam time, rounded up to the next whole
    /// second: rounded down, it could leave out what was recorded a moment ago, in the same second.
    /// </summary>
    public static DateTimeOffset Now(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetUtcNow().ToOffset(VietnamOffset);
        var past = now.Ticks % TimeSpan.TicksPerSecond;
        return past == 0 ? now : now.AddTicks(TimeSpan.TicksPerSecond - past);
    }

    public static DateTimeOffset Monthly(YearMonth month)
    {
        var next = month.AddMonths(1);
        return new DateTimeOffset(next.Year, next.Month, 1, 7, 0, 0, VietnamOffset);
    }

    public static DateTimeOffset Summary(Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return Monthly(SummaryMonth(campaign));
    }

    /// <summary>The month the summary reports on: the final review month, never before the campaign's last month.</summary>
    public static YearMonth SummaryMonth(Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return campaign.FinalReview is { } review && review > campaign.LastMonth ? review : campaign.LastMonth;
    }

    /// <summary>
    /// Where the "corrections since the previous report" window of month M starts: the default cut-off
    /// of M−1. Null for the campaign's first month (there was no previous report: every correction counts).
    /// </summary>
    public static DateTimeOffset? PreviousMonthly(Campaign campaign, YearMonth month)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return month <= campaign.FirstMonth ? null : Monthly(month.AddMonths(-1));
    }
}
