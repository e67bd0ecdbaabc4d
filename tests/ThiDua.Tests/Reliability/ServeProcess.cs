using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using ThiDua.Tests.Cli;

namespace ThiDua.Tests.Reliability;

/// <summary>A real <c>thidua serve</c> child process on a free loopback port, its output collected line by line.</summary>
public sealed class ServeProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    private ServeProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) _lines.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) _lines.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    public IReadOnlyList<string> Output => [.. _lines];

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public static async Task<ServeProcess> StartAsync(IReadOnlyDictionary<string, string?> environment)
    {
        var port = FreePort();
        var start = ThiDuaProcess.StartInfo(["serve", "--urls", $"http://127.0.0.1:{port}"]);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        var serve = new ServeProcess(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}"));
        var clock = Stopwatch.StartNew();
        while (!serve.Output.Any(l => l.Contains("listening on", StringComparison.Ordinal)))
        {
            if (serve.HasExited || clock.Elapsed > TimeSpan.FromMinutes(2))
                throw new InvalidOperationException("thidua serve did not start:\n" + string.Join('\n', serve.Output));
            await Task.Delay(100);
        }
        return serve;
    }

    /// <summary>What a service manager sends to stop it.</summary>
    public void Terminate()
    {
        if (Kill(_process.Id, 15) != 0) throw new InvalidOperationException($"kill -TERM {_process.Id} failed");
    }

    public Task WaitForExitAsync(CancellationToken ct) => _process.WaitForExitAsync(ct);

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var l = new TcpListener(System.Net.IPAddress.Loopback, 0);
        l.Start();
        return ((System.Net.IPEndPoint)l.LocalEndpoint).Port;
    }

    [DllImport("libc", EntryPoint = "kill")]
    private static extern int Kill(int pid, int signal);
}
