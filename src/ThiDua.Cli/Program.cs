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
