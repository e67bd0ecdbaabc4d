using System.CommandLine;
using ThiDua.Cli.Common;
using ThiDua.Hosting;

namespace ThiDua.Cli.Serving;

/// <summary><c>thidua serve [--urls URL] [--verbose]</c>: the dashboards, pages and API on the resolved database.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var urls = WebHosting.UrlsOption();
        var verbose = WebHosting.VerboseOption();
        var command = new Command("serve", "Chạy trang web và API / serve the web pages and the API") { urls, verbose };
        command.SetAction(async (parse, ct) =>
        {
            var connection = await DatabaseLocator.ResolveAsync(parse.GetValue(GlobalOptions.Database), ct);
            await WebHosting.RunAsync(connection, parse.GetValue(urls)!, parse.GetValue(verbose), ct);
            return ExitCodes.Success;
        });
        return command;
    }
}
