using ThiDua.Analytics;
using ThiDua.Units;

namespace ThiDua.Registrations;

/// <summary>
/// Who registered for a campaign and for which of its forms, on time or late, and who has not (the registration page).
/// Listed: every unit taking part (a collective with a target, an individual with a target or a rating) and every
/// unit that registered; collectives first, then by code.
/// </summary>
public static class RegistrationRoll
{
    public static IReadOnlyList<RegistrationRollRow> Of(CampaignSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var campaign = snapshot.Campaign;
        var byUnit = snapshot.Registrations.ToLookup(r => r.Unit, StringComparer.Ordinal);
        var withTarget = snapshot.Targets.Select(t => t.Unit).ToHashSet(StringComparer.Ordinal);
        var rated = snapshot.Ratings.Where(r => r.Rating is not null).Select(r => r.Unit).ToHashSet(StringComparer.Ordinal);
        return snapshot.Units.Values
            .Where(u => byUnit.Contains(u.Code) || withTarget.Contains(u.Code) || (u.Kind == UnitKind.Individual && rated.Contains(u.Code)))
            .OrderBy(u => u.Kind).ThenBy(u => u.Code, StringComparer.Ordinal)
            .Select(u =>
            {
                var own = byUnit[u.Code].Select(r => new RegistrationEntry(r, RegistrationTiming.IsOnTime(r, campaign))).ToList();
                return new RegistrationRollRow(u, own.FirstOrDefault(e => e.Registration.Form is null),
                    own.Where(e => e.Registration.Form is not null).OrderBy(e => e.Registration.Form, StringComparer.Ordinal).ToList());
            })
            .ToList();
    }
}

/// <summary>One registration with whether it counts (on or before the deadline).</summary>
public sealed record RegistrationEntry(Registration Registration, bool OnTime);

/// <summary>A unit of the registration page: its registration for the campaign (null: none) and for forms.</summary>
public sealed record RegistrationRollRow(Unit Unit, RegistrationEntry? Campaign, IReadOnlyList<RegistrationEntry> Forms)
{
    public bool Registered => Campaign is not null || Forms.Count > 0;
}
