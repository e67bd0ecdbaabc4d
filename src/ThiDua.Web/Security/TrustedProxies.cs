using System.Net;

namespace ThiDua.Web.Security;

/// <summary>
/// The reverse proxies (a TLS terminator, a load balancer) whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>
/// are believed: <c>THIDUA_TRUSTED_PROXIES</c>, addresses or networks separated by commas or spaces. Behind a proxy
/// every request comes from the proxy's address: without this, the sign-in limit per address counts a whole office
/// as one client, and a request the proxy took over HTTPS looks like plain HTTP (session cookies without Secure).
/// Nobody else's headers are believed, so a client cannot choose its own address.
/// </summary>
public static class TrustedProxies
{
    public const string EnvironmentVariable = "THIDUA_TRUSTED_PROXIES";

    /// <summary>The networks in <paramref name="value"/> (an address alone is a network of one); empty for none.</summary>
    /// <exception cref="FormatException">A part is neither an address nor a network; the message says so in both languages.</exception>
    public static IReadOnlyList<IPNetwork> Parse(string? value)
    {
        var networks = new List<IPNetwork>();
        foreach (var part in (value ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (IPNetwork.TryParse(part, out var network)) networks.Add(network);
            else if (IPAddress.TryParse(part, out var address)) networks.Add(new IPNetwork(address, address.GetAddressBytes().Length * 8));
            else throw new FormatException(
                $"{EnvironmentVariable}: '{part}' không phải địa chỉ IP hay mạng của máy chủ proxy; ghi như 10.0.0.5 hoặc 10.0.0.0/24, cách nhau bằng dấu phẩy / "
                + $"'{part}' is not a proxy's IP address or network; write them as 10.0.0.5 or 10.0.0.0/24, separated by commas.");
        }
        return networks;
    }
}
