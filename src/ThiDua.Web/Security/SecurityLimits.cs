namespace ThiDua.Web.Security;

/// <summary>Limits that keep one client from exhausting the server; configurable per host (tests shrink them).</summary>
public sealed record SecurityLimits
{
    /// <summary>Largest request body, uploads included (Kestrel's default of 30 MB is raised or lowered to this).</summary>
    public long MaxUploadBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>Most data lines in one imported CSV file (physical lines after the header).</summary>
    public int MaxImportRows { get; init; } = 500_000;

    /// <summary>Sign-in attempts per minute for one (client address, user name).</summary>
    public int SignInAttemptsPerMinute { get; init; } = 10;

    /// <summary>
    /// Sign-in attempts per minute from one client address, whatever the names: each costs a full password hash
    /// (≈ 0,1 s of CPU), so trying many names must not be free either.
    /// </summary>
    public int SignInAttemptsPerAddressPerMinute { get; init; } = 60;

    /// <summary>How long a browser session lasts without activity.</summary>
    public TimeSpan SessionIdle { get; init; } = TimeSpan.FromHours(8);
}
