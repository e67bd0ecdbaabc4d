using Spectre.Console;

namespace ThiDua.Cli.Importing;

/// <summary>A progress bar on the terminal for files that take more than a moment; silent when output is redirected.</summary>
public static class ImportProgress
{
    private const long ShowFromBytes = 4 << 20;
    private const int ApproxBytesPerRow = 60;

    public static async Task<T> RunAsync<T>(long fileBytes, Func<IProgress<int>?, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (fileBytes < ShowFromBytes || Console.IsErrorRedirected) return await work(null);
        // The raw stream: the bar is drawn with escape sequences, which Console.Error (TerminalSafeWriter) would show as text.
        using var stderr = new StreamWriter(Console.OpenStandardError(), new System.Text.UTF8Encoding(false)) { AutoFlush = true };
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stderr) });
        T result = default!;
        await console.Progress().StartAsync(async ctx =>
        {
            var task = ctx.AddTask("Đang nhập / importing", maxValue: Math.Max(1, fileBytes / ApproxBytesPerRow));
            result = await work(new Progress<int>(rows => task.Value = Math.Min(rows, task.MaxValue)));
            task.Value = task.MaxValue;
        });
        return result;
    }
}
