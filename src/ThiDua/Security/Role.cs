namespace ThiDua.Security;

/// <summary>What a signed-in user may do; each role includes the ones before it (SPEC §5).</summary>
public enum Role
{
    /// <summary>Reads everything: pages, charts, the GET API, the audit trail.</summary>
    Viewer,

    /// <summary>Also imports CSV files.</summary>
    Analyst,

    /// <summary>Also manages users and runs jobs.</summary>
    Admin,
}
