// dotnet ThiDua.DaemonNode.dll CONNECTION NODE PAUSE_MS: runs the failover projection's daemon until killed.
using Npgsql;
using ThiDua.DaemonNode;
using ThiDua.EventStore;
using ThiDua.EventStore.Projections;

if (args.Length != 3)
{
    Console.Error.WriteLine("usage: ThiDua.DaemonNode CONNECTION NODE PAUSE_MS");
    return 2;
}
await using var dataSource = NpgsqlDataSource.Create(args[0]);
var projection = new AppliedLogProjection(args[1], TimeSpan.FromMilliseconds(int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture)));
var daemon = new ProjectionDaemon(dataSource, new EventTypes().Register<Ticked>(), [projection], pageSize: 10);
Console.WriteLine("ready");
await daemon.RunAsync(TimeSpan.FromMilliseconds(20), e => Console.Error.WriteLine(e.Message));
return 0;
