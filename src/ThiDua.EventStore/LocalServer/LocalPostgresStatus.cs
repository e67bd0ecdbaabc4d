namespace ThiDua.EventStore.LocalServer;

/// <param name="SocketDir">Where the running server's Unix socket is (postmaster.pid).</param>
/// <param name="ListenAddress">The TCP addresses it listens on; empty when only on its socket (a cluster of an older ThiDua listened on 127.0.0.1).</param>
public sealed record LocalPostgresStatus(bool Running, int? Port, string DataDir, string? SocketDir = null, string? ListenAddress = null);
