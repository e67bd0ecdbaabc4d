using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Analytics.Querying;
using ThiDua.Hosting;
using ThiDua.Registry;

namespace ThiDua.Web.Errors;

/// <summary>
/// An unknown campaign's 404 ends with the code one letter away, as the command line's does ("bk2022", "BK2O22":
/// "Có phải 'BK2022'?") — an integrator or a clerk with a mistyped link was told only to look at the list.
/// </summary>
internal static class CampaignGuess
{
    public static async Task<string> AppendAsync(HttpContext context, QueryRejectedException rejection, string message)
    {
        if (rejection.UnknownCode is not { } code || context.RequestServices.GetService<ThiDuaRuntime>() is not { } runtime) return message;
        try
        {
            await using var conn = await runtime.DataSource.OpenConnectionAsync(context.RequestAborted);
            var codes = (await RegistryQueries.CampaignsAsync(conn, context.RequestAborted)).Select(c => c.Code).ToList();
            return KnownCampaigns.Guess(code, codes) is { } guess ? $"{message} {guess}" : message;
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or TimeoutException)
        {
            return message; // the guess is a help, not a second error
        }
    }
}
