using ThiDua.Campaigns;
using ThiDua.Periods.Locks;

namespace ThiDua.Periods.Reopening;

/// <summary>Open a closed month and every later one again; a reason is required (it is kept with the event).</summary>
public sealed record ReopenPeriods(string CampaignCode, YearMonth Month, string ReopenedBy, string? Reason)
{
    public static PeriodDecision Decide(ReopenPeriods command, Campaign campaign, PeriodLocks locks, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(locks);
        if (PeriodMessages.Trimmed(command.Reason) is not { } reason) return PeriodDecision.Refused(PeriodMessages.ReasonMissing);
        if (!campaign.Contains(command.Month)) return PeriodDecision.Refused(PeriodMessages.Outside(campaign, command.Month));
        if (!locks.IsLocked(command.Month)) return PeriodDecision.Refused(PeriodMessages.NotClosed(campaign, command.Month, locks));
        var stillClosed = command.Month == campaign.FirstMonth ? (YearMonth?)null : command.Month.AddMonths(-1);
        return PeriodDecision.Of(new PeriodsReopened(campaign.Code, command.Month, stillClosed, reason, command.ReopenedBy, now));
    }
}
