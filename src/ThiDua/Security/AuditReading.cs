namespace ThiDua.Security;

/// <summary>An audit entry as a person reads it: what was done, to what (by name), the change ("14 → 1.234,5") and the warnings it was imported over.</summary>
public sealed record AuditReading(string Action, string Subject, string Change, string? AcceptedWarning = null);
