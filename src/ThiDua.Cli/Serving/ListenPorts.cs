using System.Net;
using System.Net.Sockets;

namespace ThiDua.Cli.Serving;

/// <summary>
/// The listen addresses checked before the host starts: a port in use is said in one bilingual line (Program.cs), not
/// after the host's own "Hosting failed to start" stack trace; and the port suggested instead is one free right now.
/// </summary>
public static class ListenPorts
{
    /// <exception cref="PortInUseException">A URL's port on its address is taken (by another thidua serve, say).</exception>
    public static void EnsureFree(string urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Endpoint(url) is not { } endpoint) continue; // a host name Kestrel resolves: it says so itself
            if (!IsFree(endpoint.Address, endpoint.Port)) throw new PortInUseException(url, endpoint.Port);
        }
    }

    /// <summary>
    /// The first of <paramref name="urls"/> (';'-separated) Kestrel would refuse to listen on — not an http:// or https://
    /// address as its own parser reads one (<c>127.0.0.1:5080</c>, <c>htp//x</c>, <c>ftp://…</c>) — or null when all are
    /// good, or none is given.
    /// </summary>
    public static string? NotListenUrl(string urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        var parts = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0) return urls;
        foreach (var url in parts)
        {
            try
            {
                var address = Microsoft.AspNetCore.Http.BindingAddress.Parse(url);
                // Kestrel also refuses another scheme, and a path ("http://127.0.0.1:5080/thidua": UsePathBase's job).
                if ((!address.Scheme.Equals("http", StringComparison.OrdinalIgnoreCase) && !address.Scheme.Equals("https", StringComparison.OrdinalIgnoreCase))
                    || address.PathBase.Length > 0) return url;
            }
            catch (FormatException)
            {
                return url;
            }
        }
        return null;
    }

    /// <summary>
    /// The first of <paramref name="urls"/> that serves plain HTTP to other machines (any address but loopback), or
    /// null: there, passwords and session cookies cross the network unencrypted unless a TLS proxy is in front.
    /// </summary>
    public static string? PlainHttpOnNetwork(string urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) continue;
            // A host name other than localhost is some machine's address on the network.
            if (Endpoint(url) is not { } endpoint || !IPAddress.IsLoopback(endpoint.Address)) return url;
        }
        return null;
    }

    /// <summary>The first port after <paramref name="after"/> free on the loopback address now (else one the system gives).</summary>
    public static int SuggestFree(int after)
    {
        for (var port = after + 1; port <= Math.Min(after + 100, IPEndPoint.MaxPort); port++)
            if (IsFree(IPAddress.Loopback, port)) return port;
        var any = new TcpListener(IPAddress.Loopback, 0);
        any.Start();
        var given = ((IPEndPoint)any.LocalEndpoint).Port;
        any.Stop();
        return given;
    }

    private static IPEndPoint? Endpoint(string url)
    {
        // Kestrel's wildcards (http://+:80, http://*:80) are not valid URI hosts: read them as "any address".
        var normalised = url.Replace("://+", "://0.0.0.0", StringComparison.Ordinal).Replace("://*", "://0.0.0.0", StringComparison.Ordinal);
        if (!Uri.TryCreate(normalised, UriKind.Absolute, out var uri) || uri.Port <= 0) return null;
        var host = uri.Host.Trim('[', ']');
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return new IPEndPoint(IPAddress.Loopback, uri.Port);
        return IPAddress.TryParse(host, out var address) ? new IPEndPoint(address, uri.Port) : null;
    }

    private static bool IsFree(IPAddress address, int port)
    {
        try
        {
            var probe = new TcpListener(address, port);
            probe.Start();
            probe.Stop();
            return true;
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            return false;
        }
        catch (SocketException)
        {
            return true; // not ours to judge (an address not on this machine): Kestrel reports it
        }
    }
}

/// <summary>A listen URL's port is taken; its message carries "address already in use" as Kestrel's does.</summary>
public sealed class PortInUseException(string url, int port)
    : IOException($"Failed to bind to address {url}: address already in use.")
{
    public int Port { get; } = port;
}
