namespace ThiDua.Cli.Usage;

/// <summary>Lists in a sentence: "a, b hoặc c" / "a, b or c".</summary>
internal static class Words
{
    public static string Or(IReadOnlyList<string> words, bool vietnamese) => Join(words, vietnamese ? "hoặc" : "or");

    public static string And(IReadOnlyList<string> words, bool vietnamese) => Join(words, vietnamese ? "và" : "and");

    private static string Join(IReadOnlyList<string> words, string last) => words.Count switch
    {
        0 => "",
        1 => words[0],
        _ => $"{string.Join(", ", words.Take(words.Count - 1))} {last} {words[^1]}",
    };
}
