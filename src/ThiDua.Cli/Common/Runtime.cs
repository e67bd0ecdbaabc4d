using System.CommandLine;
using ThiDua.Hosting;

namespace ThiDua.Cli.Common;

/// <summary>Opens the product on the database the command line points at.</summary>
public static class Runtime
{
    public static async Task<ThiDuaRuntime> OpenAsync(ParseResult parse, CancellationToken ct)
    {
        var connection = await DatabaseLocator.ResolveAsync(parse.GetValue(GlobalOptions.Database), ct, created: Console.Error.WriteLine);
        return await ThiDuaRuntime.OpenAsync(connection, ct: ct);
    }
}
