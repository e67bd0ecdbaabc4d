using System.Diagnostics;

namespace ThiDua.Tests.Cli;

/// <summary>
/// Runs the real <c>thidua</c> program (<c>dotnet thidua.dll</c>, copied beside the test assembly because the test
/// project references the CLI) as a child process. THIDUA_DATABASE is removed from its environment unless given.
/// </summary>
public static class ThiDuaProcess
{
    // Not an assertion: only so a hung child cannot hang the test run.
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    public static string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "thidua.dll");

    /// <summary>The dotnet host running the tests (DOTNET_HOST_PATH under <c>dotnet test</c>), else <c>dotnet</c> on PATH.</summary>
    public static string DotnetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary><c>dotnet thidua.dll ARGS</c> with both outputs redirected (the caller must drain them) and no THIDUA_DATABASE.</summary>
    public static ProcessStartInfo StartInfo(IEnumerable<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (!File.Exists(Dll)) throw new FileNotFoundException("thidua.dll is not beside the test assembly", Dll);
        var start = new ProcessStartInfo(DotnetHost)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(Dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment.Remove("THIDUA_DATABASE");
        return start;
    }

    /// <summary>
    /// As <see cref="StartInfo"/>, with Ctrl+C (SIGINT) restored to its default for the child: a test run started in
    /// the background by a non-interactive shell (`cmd &amp;`) inherits SIGINT ignored, and .NET leaves an ignored SIGINT
    /// ignored, so the child would never hear the test's Ctrl+C (seen: SigIgn 0x1007 in its /proc status).
    /// </summary>
    public static ProcessStartInfo StartInfoHearingCtrlC(IEnumerable<string> args)
    {
        var start = StartInfo(args);
        start.ArgumentList.Insert(0, start.FileName);
        start.ArgumentList.Insert(0, "--default-signal=INT");
        start.FileName = "env";
        return start;
    }

    public static async Task<CliResult> RunAsync(IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null, string? stdin = null)
    {
        var start = StartInfo(args);
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>()) start.Environment[name] = value;
        start.RedirectStandardInput = stdin is not null;

        using var process = Process.Start(start)!;
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
            process.StandardInput.Close();
        }
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"thidua {string.Join(' ', args)} did not finish within {Limit}");
        }
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    public static Task<CliResult> RunAsync(params string[] args) => RunAsync((IEnumerable<string>)args);
}
