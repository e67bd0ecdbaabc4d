namespace ThiDua.EventStore.LocalServer;

public sealed record LocalPostgresStatus(bool Running, int? Port, string DataDir);
