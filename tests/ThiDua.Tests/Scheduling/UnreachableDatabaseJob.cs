using System.Net.Sockets;
using Quartz;

namespace ThiDua.Tests.Scheduling;

/// <summary>A job that fails as a report job does when PostgreSQL stops under it: Npgsql's "Failed to connect".</summary>
public sealed class UnreachableDatabaseJob : IJob
{
    public static readonly JobKey Key = new("unreachable", "tests");
    public const string Said = "Failed to connect to /var/lib/thidua/x/socket/.s.PGSQL.5432";

    public Task Execute(IJobExecutionContext context) =>
        throw new Npgsql.NpgsqlException(Said, new SocketException((int)SocketError.ConnectionRefused));
}
