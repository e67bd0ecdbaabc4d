namespace ThiDua.Registrations.Recording;

/// <summary>Record a unit's registration for a campaign or one of its forms; a later row for the same key replaces it.</summary>
public sealed record RecordRegistration(Registration Registration)
{
    public static IReadOnlyList<RegistrationRecorded> Decide(RecordRegistration command, Registration? current, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(command);
        var r = command.Registration;
        return r == current ? [] : [new RegistrationRecorded(r.Campaign, r.Unit, r.Form, r.Date, r.Note, now)];
    }
}
