using Quartz.Util;
using ThiDua.Reports;

namespace ThiDua.Scheduling;

/// <summary>
/// Asia/Ho_Chi_Minh for the cron triggers, as a fixed UTC+07:00 zone of our own (no daylight saving since 1975), so the
/// scheduler needs no time-zone database, as the reports' cut-offs need none: on a machine or container without the
/// tzdata package <c>thidua serve</c> stopped at start on TimeZoneNotFoundException. Quartz stores the zone's id with
/// a trigger and looks it up again each time it reads the trigger back: its resolver is given this zone for that id.
/// </summary>
public static class VietnamTimeZone
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.CreateCustomTimeZone(
        SchedulerOptions.TimeZone, ReportCutOff.VietnamOffset, "Giờ Việt Nam (UTC+07:00)", "Giờ Việt Nam");

    // Once per process, before any scheduler reads a trigger; another resolver set before us still answers other ids.
    static VietnamTimeZone()
    {
        var previous = TimeZoneUtil.CustomResolver;
        TimeZoneUtil.CustomResolver = id => id == SchedulerOptions.TimeZone ? Zone : previous?.Invoke(id);
    }

    /// <summary>Makes the zone known to Quartz (the static constructor does it); call before a scheduler starts.</summary>
    public static TimeZoneInfo Register() => Zone;
}
