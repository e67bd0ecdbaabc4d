using System.CommandLine;
using ThiDua.Cli.Common;
using ThiDua.Cli.Database;
using ThiDua.Cli.Projections;
using ThiDua.EventStore.LocalServer;

var root = new RootCommand("ThiDua — phân tích chỉ tiêu thi đua / emulation campaign analytics");
root.Add(GlobalOptions.Database);
root.Add(DbCommand.Create());
root.Add(ProjectionsCommand.Create());
root.Add(ThiDua.Cli.Importing.ImportCommand.Create());
root.Add(ThiDua.Cli.Serving.ServeCommand.Create());
root.Add(ThiDua.Cli.Serving.DemoCommand.Create());
foreach (var command in ThiDua.Cli.Analytics.AnalyticsCommands.Create()) root.Add(command);
root.Add(ThiDua.Cli.Reporting.ReportCommand.Create());
root.Add(ThiDua.Cli.Users.UsersCommand.Create());

Console.OutputEncoding = System.Text.Encoding.UTF8;
var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors) Console.Error.WriteLine($"Lỗi cú pháp / usage error: {error.Message}");
    Console.Error.WriteLine("Xem / see: thidua --help");
    return ExitCodes.Usage;
}
try
{
    return await parse.InvokeAsync();
}
catch (LocalPostgresException e)
{
    Console.Error.WriteLine(e.Message);
    return ExitCodes.Rejected;
}
catch (Npgsql.NpgsqlException e)
{
    Console.Error.WriteLine($"Lỗi cơ sở dữ liệu / database error: {e.Message}. Kiểm tra --database / THIDUA_DATABASE hoặc `thidua db status`.");
    return ExitCodes.Rejected;
}
catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException or ThiDua.Analytics.Querying.QueryRejectedException)
{
    // No stack traces for users: the message says what went wrong.
    Console.Error.WriteLine($"Lỗi / error: {e.Message}");
    return ExitCodes.Rejected;
}
