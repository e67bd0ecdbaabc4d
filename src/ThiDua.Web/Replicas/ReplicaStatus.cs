namespace ThiDua.Web.Replicas;

/// <summary>Why reads are not going to the standby now.</summary>
public enum ReplicaAbsence
{
    None,

    /// <summary>Not probed yet (the node has just started): no banner, reads go to the primary.</summary>
    NotProbedYet,

    /// <summary>Connection refused, server stopped or restarting.</summary>
    Unreachable,

    /// <summary>It answers but is not in recovery (promoted, or not a standby at all): its data may have parted from the primary's.</summary>
    NotAStandby,

    /// <summary>It has not yet replayed what the primary had when this node started (the schema's latest migrations included).</summary>
    CatchingUp,
}

/// <summary>What the last probe found: replayed position and lag when usable, otherwise why not.</summary>
public sealed record ReplicaStatus(ReplicaAbsence Absence, long ReplayedLsn, TimeSpan Lag)
{
    public static readonly ReplicaStatus NotProbedYet = new(ReplicaAbsence.NotProbedYet, 0, TimeSpan.Zero);

    public bool Usable => Absence == ReplicaAbsence.None;
}
