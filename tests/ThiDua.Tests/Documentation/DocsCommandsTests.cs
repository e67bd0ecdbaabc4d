using System.CommandLine;
using System.Text.RegularExpressions;
using ThiDua.Cli;

namespace ThiDua.Tests.Documentation;

/// <summary>
/// Every <c>thidua …</c> command line the docs show (in a code block or between backticks) names a verb the program
/// has, and every <c>--option</c> on it is one that verb takes: a renamed verb or option cannot leave a page behind.
/// </summary>
public partial class DocsCommandsTests
{
    // A command as typed: at the start of the code, after a pipe, `;`, `&&`, `$(`, or environment assignments.
    [GeneratedRegex(@"(?:^|[|;(]|&&)\s*(?:[A-Z_]+=\S+\s+)*thidua(?![\w.-])((?:\s+[^\s;#)]+)*)")]
    private static partial Regex CommandLine();

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex Code();

    [Fact]
    public void Every_thidua_command_in_the_docs_is_a_verb_with_the_options_it_shows()
    {
        var root = CliRoot.Create();
        var wrong = new List<string>();
        var seen = 0;
        foreach (var (page, line, fragment) in Fragments())
            foreach (Match m in CommandLine().Matches(fragment))
            {
                seen++;
                var tokens = m.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .TakeWhile(t => t is not ("|" or "&&" or "||" or ">" or "2>&1")).ToArray();
                foreach (var problem in Check(root, tokens)) wrong.Add($"{DocsPages.Name(page)}:{line}: thidua{m.Groups[1].Value} — {problem}");
            }
        seen.Should().BeGreaterThan(50, "the docs show many command lines (this test must find them)");
        wrong.Should().BeEmpty("a reader runs the command as written");
    }

    [GeneratedRegex(@"\bTHIDUA_[A-Z_]*[A-Z]\b")]
    private static partial Regex Variable();

    [Fact]
    public void Every_THIDUA_environment_variable_the_docs_name_is_read_by_the_program_or_its_scripts()
    {
        var root = ThiDua.Tests.Infrastructure.SeedFiles.RepositoryRoot;
        var code = string.Concat(Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "scripts"), "*.sh")).Select(File.ReadAllText));
        var unknown = DocsPages.Lines().SelectMany(l => Variable().Matches(l.Text).Select(m => (l.Page, l.Line, Name: m.Value)))
            .Where(v => !code.Contains(v.Name, StringComparison.Ordinal))
            .Select(v => $"{DocsPages.Name(v.Page)}:{v.Line}: {v.Name}").ToList();
        unknown.Should().BeEmpty("a setting the docs give is one the program reads");
    }

    // The verb path (`db start|stop|status` names three) and then the options, as far as the words go.
    private static IEnumerable<string> Check(RootCommand root, string[] tokens)
    {
        var commands = new List<Command> { root };
        var i = 0;
        for (; i < tokens.Length && commands.All(c => c.Subcommands.Count > 0); i++)
        {
            var word = tokens[i];
            if (!Regex.IsMatch(word, "^[a-z][a-z|-]*$")) yield break; // a placeholder (VERB, KIND, …) or an option: not checked
            var next = new List<Command>();
            foreach (var name in word.Split('|'))
            {
                var sub = commands.SelectMany(c => c.Subcommands).FirstOrDefault(s => s.Name == name);
                if (sub is null) { yield return $"'{name}' is not a verb here ({string.Join(", ", commands.SelectMany(c => c.Subcommands).Select(s => s.Name))})"; yield break; }
                next.Add(sub);
            }
            commands = next;
        }
        var recursive = root.Options.Where(o => o.Recursive).SelectMany(Names).Append("--help").Append("-h");
        foreach (var option in tokens.Skip(i).Select(t => t.Trim('[', ']', '(', ')', ',')).Where(t => t.StartsWith("--", StringComparison.Ordinal)))
        {
            var name = option.Split('=')[0];
            if (commands.All(c => c.Options.SelectMany(Names).Concat(recursive).Contains(name))) continue;
            yield return $"'{name}' is not an option of '{string.Join("|", commands.Select(c => c.Name))}'";
        }
    }

    private static IEnumerable<string> Names(Option o) => o.Aliases.Prepend(o.Name);

    // Inline code spans, and the lines of fenced code blocks (shell comments dropped).
    private static IEnumerable<(string Page, int Line, string Fragment)> Fragments()
    {
        var fenced = false;
        var page = "";
        foreach (var (p, line, text) in DocsPages.Lines())
        {
            if (p != page) { page = p; fenced = false; }
            if (text.TrimStart().StartsWith("```", StringComparison.Ordinal)) { fenced = !fenced; continue; }
            if (fenced) yield return (p, line, text.Split("  #")[0].Split(" # ")[0].Trim());
            else foreach (Match m in Code().Matches(text)) yield return (p, line, m.Groups[1].Value);
        }
    }
}
