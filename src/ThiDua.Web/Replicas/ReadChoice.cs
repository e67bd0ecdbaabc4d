using ThiDua.Hosting;

namespace ThiDua.Web.Replicas;

/// <summary>Where one request reads: the standby (replayed up to <paramref name="ReplayedLsn"/>, that far behind) or the primary.</summary>
public sealed record ReadChoice(ThiDuaRuntime Runtime, bool FromReplica, long ReplayedLsn, TimeSpan Lag);
