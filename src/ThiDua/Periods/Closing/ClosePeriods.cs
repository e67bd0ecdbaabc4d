using ThiDua.Campaigns;
using ThiDua.Periods.Locks;

namespace ThiDua.Periods.Closing;

/// <summary>Close a month of a campaign and every month before it: their figures can no longer be changed by an import.</summary>
public sealed record ClosePeriods(string CampaignCode, YearMonth Month, string ClosedBy, string? Reason)
{
    /// <summary>The event, nothing when the month is already closed (closing twice changes nothing), or why it is refused.</summary>
    public static PeriodDecision Decide(ClosePeriods command, Campaign campaign, PeriodLocks locks, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(locks);
        if (!campaign.Contains(command.Month)) return PeriodDecision.Refused(PeriodMessages.Outside(campaign, command.Month));
        if (locks.IsLocked(command.Month)) return PeriodDecision.Nothing;
        return PeriodDecision.Of(new PeriodsClosed(campaign.Code, command.Month, command.ClosedBy, PeriodMessages.Trimmed(command.Reason), now));
    }

    /// <summary>A campaign's closes and reopens form one stream, so two of them cannot both decide from the same lock state.</summary>
    public static string StreamId(string campaignCode) => $"campaign-{campaignCode}/periods";
}
