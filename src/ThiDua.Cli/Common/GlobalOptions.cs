using System.CommandLine;

namespace ThiDua.Cli.Common;

/// <summary>Options every verb understands.</summary>
public static class GlobalOptions
{
    public static Option<string?> Database { get; } = new("--database")
    {
        Description = "Npgsql connection string (else THIDUA_DATABASE, else the local cluster under THIDUA_HOME)",
        Recursive = true,
    };
}
