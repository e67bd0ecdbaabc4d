using System.Net;
using System.Net.Sockets;
using System.Text;
using Npgsql;

namespace ThiDua.Tests.Import.Importing;

/// <summary>
/// A TCP front for the test server's Unix socket that cuts the first connection to send <c>COMMIT</c>: before passing
/// it on (the server never commits), or just after (the server commits, the client never hears it). Then, if asked,
/// it cuts every other connection too and refuses new ones, as a database gone unreachable (an idle pooled connection
/// left open would still answer).
/// </summary>
public sealed class CommitCutProxy : IAsyncDisposable
{
    // Npgsql sends a transaction's commit as a simple query: 'Q', its length (4 + 6 + 1), "COMMIT", NUL.
    private static readonly byte[] Commit = [(byte)'Q', 0, 0, 0, 11, .. Encoding.ASCII.GetBytes("COMMIT"), 0];

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly UnixDomainSocketEndPoint _server;
    private readonly bool _passCommitOn;
    private readonly bool _refuseAfterCut;
    private readonly CancellationTokenSource _stop = new();
    private readonly System.Collections.Concurrent.ConcurrentBag<Pair> _open = [];
    private int _cut;

    public CommitCutProxy(string connectionString, bool passCommitOn, bool refuseAfterCut = false)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        _server = new UnixDomainSocketEndPoint(Path.Combine(target.Host!, $".s.PGSQL.{target.Port}"));
        (_passCommitOn, _refuseAfterCut) = (passCommitOn, refuseAfterCut);
        _listener.Start();
        target.Host = "127.0.0.1";
        target.Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        target.SslMode = SslMode.Disable;
        ConnectionString = target.ConnectionString;
        _ = AcceptAsync();
    }

    /// <summary>The same database, through this proxy.</summary>
    public string ConnectionString { get; }

    public bool HasCut => Volatile.Read(ref _cut) == 1;

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket client;
            try { client = await _listener.AcceptSocketAsync(_stop.Token); }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException) { return; }
            if (HasCut && _refuseAfterCut)
            {
                client.Dispose();
                continue;
            }
            var server = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            await server.ConnectAsync(_server);
            var pair = new Pair(client, server);
            _open.Add(pair);
            _ = ToServerAsync(pair);
            _ = ToClientAsync(pair);
        }
    }

    private async Task ToServerAsync(Pair pair)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                var n = await pair.Client.ReceiveAsync(buffer, SocketFlags.None, _stop.Token);
                if (n == 0) break;
                var commit = !HasCut && buffer.AsSpan(0, n).IndexOf(Commit) >= 0 && Interlocked.Exchange(ref _cut, 1) == 0;
                if (commit)
                {
                    // Cut before the COMMIT goes on, so the server's answer can never reach the client first.
                    pair.Cut = true;
                    if (_refuseAfterCut) foreach (var other in _open.Where(o => o != pair)) other.Close();
                    if (_passCommitOn) await pair.Server.SendAsync(buffer.AsMemory(0, n), SocketFlags.None, _stop.Token);
                    break;
                }
                await pair.Server.SendAsync(buffer.AsMemory(0, n), SocketFlags.None, _stop.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }
        pair.Close();
    }

    private async Task ToClientAsync(Pair pair)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                var n = await pair.Server.ReceiveAsync(buffer, SocketFlags.None, _stop.Token);
                if (n == 0 || pair.Cut) break;
                await pair.Client.SendAsync(buffer.AsMemory(0, n), SocketFlags.None, _stop.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }
        pair.Close();
    }

    private sealed class Pair(Socket client, Socket server)
    {
        public Socket Client { get; } = client;
        public Socket Server { get; } = server;
        public volatile bool Cut;

        public void Close()
        {
            Client.Dispose();
            Server.Dispose();
        }
    }

    public ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
        return ValueTask.CompletedTask;
    }
}
