using ThiDua.Analytics.Querying;
using ThiDua.Hosting;
using ThiDua.Registry;

namespace ThiDua.Cli.Common;

/// <summary>
/// What the CLI says for a question it cannot answer: <see cref="QueryRejectedException.ForCli"/>, and for an unknown
/// campaign a second line with the near code and the codes there are (<see cref="KnownCampaigns"/>) — the command line
/// has no campaign listing, and a newcomer's typo was answered only "see the home page of thidua serve".
/// </summary>
public static class QueryRejection
{
    public static async Task<string> DescribeAsync(QueryRejectedException rejection, ThiDuaRuntime runtime, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        ArgumentNullException.ThrowIfNull(runtime);
        if (rejection.UnknownCode is not { } code) return rejection.ForCli;
        try
        {
            await using var conn = await runtime.DataSource.OpenConnectionAsync(ct);
            var codes = (await RegistryQueries.CampaignsAsync(conn, ct)).Select(c => c.Code).ToList();
            return rejection.ForCli + Environment.NewLine + "  " + KnownCampaigns.Line(code, codes);
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or TimeoutException)
        {
            return rejection.ForCli; // the hint is a help, not a second error
        }
    }
}
