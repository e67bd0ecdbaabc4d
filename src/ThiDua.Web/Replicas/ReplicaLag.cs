namespace ThiDua.Web.Replicas;

/// <summary>
/// How far a standby is behind, measured on this node's clock: each probe notes the primary's WAL position and when
/// it was seen; the lag is the age of the oldest noted position the standby has not replayed yet (0 when it has
/// replayed them all). Unlike <c>now() - pg_last_xact_replay_timestamp()</c> this stays 0 on an idle primary, whose
/// last transaction may be hours old, and needs no agreement between the servers' clocks. It is exact to within one
/// probe interval (a commit is noted at the next probe, not when it happened).
/// </summary>
public sealed class ReplicaLag
{
    // One noted position per probe while the standby is behind; the oldest is the one that matters, so when the list
    // is full the second oldest is dropped (the lag stays exact, later catch-up steps get coarser).
    private const int MaxNoted = 600;
    private readonly List<(long Lsn, DateTimeOffset SeenAt)> _noted = [];

    /// <param name="primaryLsn">The primary's WAL position now; null when the primary could not be asked.</param>
    /// <param name="replayedLsn">The standby's replayed position, read after <paramref name="primaryLsn"/>; null while it
    /// cannot be reached (the primary's positions are still noted, so its lag is known the moment it is back).</param>
    public TimeSpan Observe(long? primaryLsn, long? replayedLsn, DateTimeOffset now)
    {
        if (primaryLsn is { } p && (_noted.Count == 0 || _noted[^1].Lsn < p))
        {
            if (_noted.Count == MaxNoted) _noted.RemoveAt(1);
            _noted.Add((p, now));
        }
        var replayed = replayedLsn is { } r ? _noted.FindIndex(n => n.Lsn > r) : 0;
        if (replayed < 0) _noted.Clear();
        else _noted.RemoveRange(0, replayed);
        return _noted.Count == 0 ? TimeSpan.Zero : now - _noted[0].SeenAt;
    }
}
