using System.CommandLine;
using System.Runtime.CompilerServices;

namespace ThiDua.Cli.Usage;

/// <summary>
/// The words an option or argument takes (<c>--format table|csv|json</c>), in their order: a usage error names them, and
/// they are the symbol's completions too (an enum's default completions would be its C# names, <c>Vi</c>, <c>En</c>).
/// </summary>
public static class Choices
{
    private static readonly ConditionalWeakTable<Symbol, string[]> Offered = [];

    public static Option<T> Offer<T>(Option<T> option, IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(option);
        string[] list = [.. words];
        Offered.AddOrUpdate(option, list);
        option.CompletionSources.Clear();
        option.CompletionSources.Add(list);
        return option;
    }

    public static Argument<T> Offer<T>(Argument<T> argument, IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(argument);
        string[] list = [.. words];
        Offered.AddOrUpdate(argument, list);
        argument.CompletionSources.Clear();
        argument.CompletionSources.Add(list);
        return argument;
    }

    /// <summary>The words <paramref name="symbol"/> takes, none when it takes any value.</summary>
    public static IReadOnlyList<string> Of(Symbol symbol) => Offered.TryGetValue(symbol, out var words) ? words : [];
}
