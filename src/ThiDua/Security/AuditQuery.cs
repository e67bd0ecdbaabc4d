namespace ThiDua.Security;

/// <summary>
/// Filters of the audit trail: a campaign (its streams), a unit (its streams in any campaign), an indicator (changes
/// naming it), who made the change, the days it was recorded on (Vietnam time, both ends included), at most
/// <see cref="Limit"/> entries older than <see cref="Before"/> (the previous page's last sequence number).
/// </summary>
public sealed record AuditQuery(string? Campaign = null, string? Unit = null, int Limit = AuditQuery.DefaultLimit, long? Before = null,
    string? Indicator = null, string? Actor = null, DateOnly? From = null, DateOnly? To = null)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;
}
