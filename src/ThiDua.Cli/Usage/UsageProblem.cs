namespace ThiDua.Cli.Usage;

/// <summary>One usage error: the command it is about (<c>thidua ranking</c>), what is wrong and how to fix it, in Vietnamese and English.</summary>
public sealed record UsageProblem(string Command, string Vi, string En);
