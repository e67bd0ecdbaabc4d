using ThiDua.Campaigns;

namespace ThiDua.Registrations;

/// <summary>
/// On time means on or before the campaign's registration deadline (SPEC §4 v2); without a deadline every date is.
/// A late registration is kept and shown as late, but a form that requires registration does not count it.
/// </summary>
public static class RegistrationTiming
{
    public static bool IsOnTime(Registration registration, Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(registration);
        ArgumentNullException.ThrowIfNull(campaign);
        return campaign.RegistrationDeadline is not { } deadline || registration.Date <= deadline;
    }
}
