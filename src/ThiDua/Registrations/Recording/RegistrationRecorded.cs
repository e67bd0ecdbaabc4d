namespace ThiDua.Registrations.Recording;

/// <summary>A unit registered for a campaign (<paramref name="FormCode"/> null) or for one of its award forms, or its registration changed.</summary>
public sealed record RegistrationRecorded(string CampaignCode, string UnitCode, string? FormCode, DateOnly RegisteredOn, string? Note, DateTimeOffset RecordedAt)
{
    public Registration ToRegistration() => new(CampaignCode, UnitCode, FormCode, RegisteredOn, Note);
}
