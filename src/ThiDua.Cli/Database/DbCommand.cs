using System.CommandLine;
using ThiDua.EventStore.LocalServer;

namespace ThiDua.Cli.Database;

/// <summary><c>thidua db start|stop|status|backup|restore</c>: the embedded local PostgreSQL under THIDUA_HOME (backup and restore also take --database).</summary>
public static class DbCommand
{
    public static Command Create()
    {
        var db = new Command("db", "PostgreSQL cục bộ của ThiDua / the embedded local PostgreSQL");
        var start = new Command("start", "Khởi động (hoặc dùng lại) PostgreSQL cục bộ / start (or reuse) the local cluster");
        start.SetAction(_ =>
        {
            var server = new LocalPostgres(LocalPostgres.DefaultHome);
            server.Start();
            server.EnsureDatabaseAsync(ThiDua.Hosting.DatabaseLocator.LocalDatabaseName).GetAwaiter().GetResult();
            Console.WriteLine($"PostgreSQL đang chạy / running: socket {server.SocketDir} ({server.DataDir})");
            // Labelled: a bare connection string under it read as noise (or as an error) when the cluster was already running.
            Console.WriteLine($"Chuỗi kết nối / connection string: {server.ConnectionString(ThiDua.Hosting.DatabaseLocator.LocalDatabaseName)}");
            return 0;
        });
        var stop = new Command("stop", "Dừng PostgreSQL cục bộ / stop the local cluster");
        stop.SetAction(_ =>
        {
            var server = new LocalPostgres(LocalPostgres.DefaultHome);
            server.Stop();
            Console.WriteLine("PostgreSQL đã dừng / stopped");
            return 0;
        });
        var status = new Command("status", "PostgreSQL cục bộ có đang chạy không, dữ liệu ở đâu / is the local cluster running, where is its data");
        status.SetAction(_ =>
        {
            var server = new LocalPostgres(LocalPostgres.DefaultHome);
            var s = server.Status();
            Console.WriteLine(s.Running
                ? $"running socket {s.SocketDir} port {s.Port} — đang chạy ({s.DataDir})"
                : $"stopped — không chạy ({s.DataDir})");
            // Only this operating-system user gets in (peer authentication on a private socket): say how, for maintenance.
            Console.WriteLine($"Bảo trì / maintenance (as OS user {Environment.UserName}{(s.Running ? "" : ", after `thidua db start`")}): "
                + server.MaintenanceCommand(ThiDua.Hosting.DatabaseLocator.LocalDatabaseName));
            return 0;
        });
        db.Add(start);
        db.Add(stop);
        db.Add(status);
        db.Add(DbBackupCommand.Create());
        db.Add(DbRestoreCommand.Create());
        return db;
    }
}
