using System.CommandLine;
using ThiDua.Cli;
using ThiDua.Cli.Common;
using ThiDua.EventStore.LocalServer;

var root = CliRoot.Create();

Console.OutputEncoding = System.Text.Encoding.UTF8;
TerminalSafeWriter.Install();
var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    // In ThiDua's words, not the library's terse English: what is wrong, where, how to fix it, in Vietnamese and English.
    ThiDua.Cli.Usage.UsageErrorReport.Of(parse).WriteTo(Console.Error);
    return ExitCodes.Usage;
}
try
{
    // Our handlers below, not the library's: it would print "Unhandled exception" and a stack trace to the user.
    return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (ThiDua.Hosting.DatabaseSettingException e)
{
    Console.Error.WriteLine($"Lỗi cú pháp / usage error: {e.Message}");
    return ExitCodes.Usage;
}
catch (LocalPostgresException e)
{
    Console.Error.WriteLine(e.Message);
    return ExitCodes.Rejected;
}
catch (Npgsql.NpgsqlException e)
{
    Console.Error.WriteLine(ThiDua.Cli.Common.DatabaseProblem.Describe(e, ThiDua.Hosting.DatabaseLocator.Described));
    return ExitCodes.Rejected;
}
catch (IOException e) when (e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
{
    // A port free at this moment (checked), after the one asked for: not a fixed guess that may be taken too.
    var free = ThiDua.Cli.Serving.ListenPorts.SuggestFree(e is ThiDua.Cli.Serving.PortInUseException p ? p.Port : 5080);
    Console.Error.WriteLine($"Địa chỉ đang được dùng (có thể một thidua serve khác đang chạy) / the address is in use (another thidua serve?): {e.Message} "
        + $"Chọn địa chỉ khác, cổng này đang trống / choose another, this port is free now: --urls http://127.0.0.1:{free}");
    return ExitCodes.Rejected;
}
catch (ThiDua.Reports.Scheduled.ReportFolderException e)
{
    // Already what, where and how to fix it, in both languages (the demo's reports folder).
    Console.Error.WriteLine(e.Message);
    return ExitCodes.Rejected;
}
catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException or ThiDua.Analytics.Querying.QueryRejectedException)
{
    // No stack traces for users: the message says what went wrong.
    Console.Error.WriteLine($"Lỗi / error: {(e is ThiDua.Analytics.Querying.QueryRejectedException q ? q.ForCli : e.Message)}");
    return ExitCodes.Rejected;
}
catch (Exception e) when (Environment.GetEnvironmentVariable("THIDUA_DEBUG") is not { Length: > 0 })
{
    Console.Error.WriteLine($"Lỗi ngoài dự kiến / unexpected error: {e.GetType().Name}: {e.Message} (THIDUA_DEBUG=1 in cả vết ngăn xếp / prints the stack trace)");
    return ExitCodes.Rejected;
}
