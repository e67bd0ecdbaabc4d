using System.Collections.Concurrent;
using System.CommandLine.Parsing;
using ThiDua.Import.Parsing;

namespace ThiDua.Cli.Usage;

/// <summary>
/// The parse errors ThiDua's own option parsers and validators add. System.CommandLine keeps an error as one string
/// ("vi / en"); kept here too in its two halves, so <see cref="UsageErrorReport"/> writes them as it writes the library's
/// errors it words itself: Vietnamese on the first line, English under it.
/// </summary>
public static class UsageMessages
{
    private static readonly ConcurrentDictionary<string, BilingualMessage> Own = new(StringComparer.Ordinal);

    public static void Add(SymbolResult result, string vi, string en)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = $"{vi} / {en}";
        Own[text] = new BilingualMessage(vi, en);
        result.AddError(text);
    }

    /// <summary>The two halves of an error ThiDua added, or null for one of System.CommandLine's own.</summary>
    public static BilingualMessage? Of(ParseError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Own.TryGetValue(error.Message, out var message) ? message : null;
    }

    /// <summary>
    /// <paramref name="given"/> is none of <paramref name="words"/>: says which are allowed and, when it looks like a typo
    /// of one, which (<c>--format xslx</c>: "did you mean xlsx?").
    /// </summary>
    public static void NotOneOf(SymbolResult result, string nameVi, string nameEn, IReadOnlyList<string> words, string given)
    {
        var nearest = Typo.Nearest(given, words);
        var (guessVi, guessEn) = nearest.Count == 0 ? ("", "")
            : ($"; có phải ý bạn là {Words.Or(nearest, vietnamese: true)}?", $"; did you mean {Words.Or(nearest, vietnamese: false)}?");
        var end = nearest.Count == 0 ? "." : "";
        Add(result,
            $"{nameVi} phải là {Words.Or(words, vietnamese: true)} (nhận được '{given}'){guessVi}{end}",
            $"{nameEn} must be {Words.Or(words, vietnamese: false)} (got '{given}'){guessEn}{end}");
    }
}
