using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ThiDua.Tests.Cli;

/// <summary>
/// <c>thidua serve --database … --urls http://127.0.0.1:0</c> as a real child process: its output is collected
/// line by line, its address read from the "listening on" line, and it can be killed (SIGKILL) like a crashed node.
/// </summary>
public sealed partial class ServeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly TaskCompletionSource<string> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServeProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Collect(e.Data);
        process.ErrorDataReceived += (_, e) => Collect(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => _listening.TrySetException(new InvalidOperationException("thidua serve ended before listening:\n" + Output));
    }

    public static Task<ServeProcess> StartAsync(string connectionString, params string[] extra) =>
        StartAsync(connectionString, new Dictionary<string, string?>(), extra);

    /// <summary>As above, with these variables set in its environment (another node's <c>HOME</c>, say).</summary>
    public static async Task<ServeProcess> StartAsync(string connectionString, IReadOnlyDictionary<string, string?> environment, params string[] extra)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var start = ThiDuaProcess.StartInfo(["serve", "--database", connectionString, "--urls", "http://127.0.0.1:0", .. extra]);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        var serve = new ServeProcess(Process.Start(start)!);
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2)); // only so a hung child cannot hang the run
        serve.BaseAddress = new Uri(await serve._listening.Task.WaitAsync(limit.Token));
        return serve;
    }

    public Uri BaseAddress { get; private set; } = null!;

    public int Id => _process.Id;

    public string Output => string.Join('\n', _lines);

    private void Collect(string? line)
    {
        if (line is null) return;
        _lines.Enqueue(line);
        if (ListeningOn().Match(line) is { Success: true } m) _listening.TrySetResult(m.Groups[1].Value);
    }

    /// <summary>SIGKILL: no shutdown, no goodbye to the database.</summary>
    public async Task KillAsync()
    {
        try { _process.Kill(entireProcessTree: true); }
        catch (InvalidOperationException) { } // it had ended already
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    [GeneratedRegex(@"listening on: (http://[^,\s]+)")]
    private static partial Regex ListeningOn();
}
