using System.CommandLine;
using ThiDua.Cli.Common;
using ThiDua.Hosting;

namespace ThiDua.Cli.Serving;

/// <summary>
/// <c>thidua serve [--urls URL] [--read-database CONN] [--verbose]</c>: the dashboards, pages and API on the resolved
/// database, pages and GET APIs optionally from a hot standby of it (docs/replicas.md).
/// </summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var urls = WebHosting.UrlsOption();
        var verbose = WebHosting.VerboseOption();
        var readDatabase = new Option<string>("--read-database")
        {
            Description = "Chuỗi kết nối tới máy chủ bản sao (hot standby) để trang và API GET đọc số liệu; mặc định THIDUA_READ_DATABASE "
                + "/ connection string of a hot standby that pages and GET APIs read from (default THIDUA_READ_DATABASE; docs/replicas.md)",
        };
        var command = new Command("serve", "Chạy trang web và API / serve the web pages and the API") { urls, readDatabase, verbose };
        command.SetAction(async (parse, ct) =>
        {
            var read = DatabaseLocator.ResolveRead(parse.GetValue(readDatabase));
            IReadOnlyList<System.Net.IPNetwork> proxies;
            try
            {
                proxies = Web.Security.TrustedProxies.Parse(Environment.GetEnvironmentVariable(Web.Security.TrustedProxies.EnvironmentVariable));
            }
            catch (FormatException e)
            {
                Console.Error.WriteLine($"Lỗi cú pháp / usage error: {e.Message}");
                return ExitCodes.Usage;
            }
            var database = parse.GetValue(GlobalOptions.Database);
            var connection = await DatabaseLocator.ResolveAsync(database, ct, created: Console.Error.WriteLine);
            if (!await DatabaseWait.UntilAnswersAsync(connection, DatabaseLocator.Described, ct)) return ExitCodes.Rejected;
            await WebHosting.RunAsync(connection, parse.GetValue(urls)!, parse.GetValue(verbose), ct, read, DatabaseLocator.IsLocal(database), proxies);
            return ExitCodes.Success;
        });
        return command;
    }
}
