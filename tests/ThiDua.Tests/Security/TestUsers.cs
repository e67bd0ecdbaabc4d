using System.Net.Http.Headers;
using Npgsql;
using ThiDua.Security;

namespace ThiDua.Tests.Security;

/// <summary>How tests authenticate: add a user straight in the database and send its API token as a Bearer header.</summary>
public static class TestUsers
{
    public const string Password = "mat-khau-thu-nghiem";

    /// <summary>Adds the user (with <see cref="Password"/>) and returns its API token.</summary>
    public static async Task<string> AddAsync(NpgsqlDataSource dataSource, string name, Role role)
    {
        var added = await new UserStore(dataSource, TimeProvider.System).AddAsync(name, role, Password);
        return added.Token;
    }

    public static HttpClient WithToken(this HttpClient client, string token)
    {
        ArgumentNullException.ThrowIfNull(client);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
