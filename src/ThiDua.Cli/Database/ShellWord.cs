namespace ThiDua.Cli.Database;

/// <summary>A path written into a command line the operator copies: in single quotes when a shell would split or expand it.</summary>
internal static class ShellWord
{
    public static string Quote(string path) =>
        path.Length > 0 && path.All(c => char.IsLetterOrDigit(c) || "/._-+:@,".Contains(c)) ? path : "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
